package io.sparkworkbench.engine.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The columns of a JSON import in the order the file's records have their keys. Spark's JSON inference
 * sorts the columns by name, so an exported table would come back with its columns shuffled. The order
 * is merged over the first records (read with Jackson's streaming parser, no Spark job): a key first
 * seen in a later record goes right after the key before it there, because Spark's JSON writer leaves
 * null fields out and the first record may lack some keys. Columns no sampled record has come last,
 * in Spark's order; nested fields keep Spark's order.
 */
final class JsonKeyOrder {

    private static final Logger LOG = LoggerFactory.getLogger(JsonKeyOrder.class);
    private static final JsonFactory JSON = new JsonFactory();

    private JsonKeyOrder() {
    }

    /** {@code inferred} with its top-level fields in the records' key order. */
    static StructType reorder(StructType inferred, List<String> records) {
        Map<String, StructField> left = new LinkedHashMap<>();
        for (StructField field : inferred.fields()) {
            left.putIfAbsent(field.name(), field);
        }
        if (left.size() != inferred.fields().length) {
            return inferred;
        }
        List<StructField> ordered = new ArrayList<>();
        for (String key : keyOrder(records, ImportPreviews.INFERENCE_RECORDS)) {
            StructField field = left.remove(key);
            if (field != null) {
                ordered.add(field);
            }
        }
        ordered.addAll(left.values());
        return new StructType(ordered.toArray(StructField[]::new));
    }

    /** The keys of the first {@code maxObjects} top-level objects (of JSON Lines, or of one document or array), merged. */
    static List<String> keyOrder(List<String> records, int maxObjects) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int objects = 0;
        for (String record : records) {
            if (record.isBlank()) {
                continue;
            }
            try (JsonParser parser = JSON.createParser(record)) {
                JsonToken token = parser.nextToken();
                boolean array = token == JsonToken.START_ARRAY;
                if (array) {
                    token = parser.nextToken();
                }
                while (token == JsonToken.START_OBJECT && objects < maxObjects) {
                    merge(order, seen, keysOf(parser));
                    objects++;
                    token = array ? parser.nextToken() : null;
                }
            } catch (IOException e) {
                // A malformed record (or a document cut at the sample's end) adds no keys; the import reports it.
                LOG.debug("JSON key order: record skipped ({})", e.getMessage());
            }
            if (objects >= maxObjects) {
                break;
            }
        }
        return order;
    }

    /** The keys of the object whose START_OBJECT the parser is on; leaves it on the END_OBJECT. */
    private static List<String> keysOf(JsonParser parser) throws IOException {
        List<String> keys = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            keys.add(parser.currentName());
            parser.nextToken();
            parser.skipChildren();
        }
        return keys;
    }

    private static void merge(List<String> order, Set<String> seen, List<String> keys) {
        String previous = null;
        for (String key : keys) {
            if (seen.add(key)) {
                order.add(previous == null ? 0 : order.indexOf(previous) + 1, key);
            }
            previous = key;
        }
    }
}
