package io.sparkworkbench.engine.stream;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One live clickstream event as the simulator and the replay write it (one JSON object per line) and the
 * streaming queries read it: the generated {@code clickstream} table's columns, plus what a live chart
 * needs that a stored event does not — the purchase amount, the category, and when the event was written
 * ({@code emitted_ts}, wall clock), from which end-to-end latency is measured. {@code event_ts} is event
 * time: late and out-of-order events have an {@code event_ts} earlier than their {@code emitted_ts}.
 * File sources need a schema up front (inference would read the folder on every start).
 */
public final class LiveEventSchema {

    public static final String EVENT_ID = "event_id";
    public static final String SESSION_ID = "session_id";
    /** Null for an anonymous visitor. */
    public static final String CUSTOMER_ID = "customer_id";
    public static final String EVENT_TS = "event_ts";
    /** One of {@link #EVENT_TYPES}. */
    public static final String EVENT_TYPE = "event_type";
    /** Null for page views and searches. */
    public static final String PRODUCT_ID = "product_id";
    public static final String CATEGORY = "category";
    /** The order's amount on a purchase event; null otherwise. */
    public static final String AMOUNT = "amount";
    public static final String DEVICE = "device";
    public static final String REFERRER = "referrer";
    public static final String EMITTED_TS = "emitted_ts";

    /** The funnel in order, then the event outside it. */
    public static final List<String> EVENT_TYPES = List.of("page_view", "product_view", "add_to_cart", "checkout", "purchase", "search");

    public static final StructType SCHEMA = new StructType()
            .add(EVENT_ID, DataTypes.LongType, false)
            .add(SESSION_ID, DataTypes.LongType, false)
            .add(CUSTOMER_ID, DataTypes.LongType, true)
            .add(EVENT_TS, DataTypes.TimestampType, false)
            .add(EVENT_TYPE, DataTypes.StringType, false)
            .add(PRODUCT_ID, DataTypes.LongType, true)
            .add(CATEGORY, DataTypes.StringType, true)
            .add(AMOUNT, DataTypes.DoubleType, true)
            .add(DEVICE, DataTypes.StringType, false)
            .add(REFERRER, DataTypes.StringType, false)
            .add(EMITTED_TS, DataTypes.TimestampType, false);

    private LiveEventSchema() {
    }
}
