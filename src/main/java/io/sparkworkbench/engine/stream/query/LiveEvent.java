package io.sparkworkbench.engine.stream.query;

/**
 * One event of {@link io.sparkworkbench.engine.stream.LiveEventSchema} as the benchmark's and the tests' own
 * writer produces it (the app's simulator lives in {@code engine.stream.source}). Times are epoch millis.
 */
public record LiveEvent(long eventId, long sessionId, Long customerId, long eventTsMs, String eventType, Long productId,
        String category, Double amount, String device, String referrer, long emittedMs) {

    /** One JSON line, the fields of the schema in its order. */
    String json() {
        StringBuilder b = new StringBuilder(220);
        b.append("{\"event_id\":").append(eventId).append(",\"session_id\":").append(sessionId);
        b.append(",\"customer_id\":").append(customerId);
        b.append(",\"event_ts\":\"").append(java.time.Instant.ofEpochMilli(eventTsMs)).append('"');
        b.append(",\"event_type\":\"").append(eventType).append('"');
        b.append(",\"product_id\":").append(productId);
        b.append(",\"category\":").append(category == null ? "null" : "\"" + category + "\"");
        b.append(",\"amount\":").append(amount);
        b.append(",\"device\":\"").append(device).append("\",\"referrer\":\"").append(referrer).append('"');
        b.append(",\"emitted_ts\":\"").append(java.time.Instant.ofEpochMilli(emittedMs)).append("\"}");
        return b.toString();
    }
}
