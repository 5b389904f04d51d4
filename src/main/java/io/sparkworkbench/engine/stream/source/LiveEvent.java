package io.sparkworkbench.engine.stream.source;

import io.sparkworkbench.engine.stream.LiveEventSchema;

/**
 * One event as written to the watched folder, in {@link LiveEventSchema}'s columns. Times are epoch
 * milliseconds; {@code customerId}, {@code productId} and {@code amount} use the sentinels below for null.
 */
public record LiveEvent(long eventId, long sessionId, long customerId, long eventTsMillis, String eventType,
                        long productId, String category, double amount, String device, String referrer,
                        long emittedTsMillis) {

    /** An anonymous visitor, or an event without a product. */
    public static final long NONE = -1;
    public static final double NO_AMOUNT = Double.NaN;

    public boolean late() {
        return eventTsMillis < emittedTsMillis;
    }

    /**
     * One JSON object in the schema's column order. Null columns are left out (the file source reads a
     * missing field as null), which keeps files about a fifth smaller at 50,000 events/s.
     */
    void appendJson(StringBuilder out, TimestampText times) {
        out.append("{\"").append(LiveEventSchema.EVENT_ID).append("\":").append(eventId)
                .append(",\"").append(LiveEventSchema.SESSION_ID).append("\":").append(sessionId);
        if (customerId != NONE) {
            out.append(",\"").append(LiveEventSchema.CUSTOMER_ID).append("\":").append(customerId);
        }
        out.append(",\"").append(LiveEventSchema.EVENT_TS).append("\":\"");
        times.append(out, eventTsMillis);
        out.append("\",\"").append(LiveEventSchema.EVENT_TYPE).append("\":");
        JsonText.appendString(out, eventType);
        if (productId != NONE) {
            out.append(",\"").append(LiveEventSchema.PRODUCT_ID).append("\":").append(productId);
        }
        if (category != null) {
            out.append(",\"").append(LiveEventSchema.CATEGORY).append("\":");
            JsonText.appendString(out, category);
        }
        if (!Double.isNaN(amount)) {
            out.append(",\"").append(LiveEventSchema.AMOUNT).append("\":").append(amount);
        }
        out.append(",\"").append(LiveEventSchema.DEVICE).append("\":");
        JsonText.appendString(out, device);
        out.append(",\"").append(LiveEventSchema.REFERRER).append("\":");
        JsonText.appendString(out, referrer);
        out.append(",\"").append(LiveEventSchema.EMITTED_TS).append("\":\"");
        times.append(out, emittedTsMillis);
        out.append("\"}\n");
    }
}
