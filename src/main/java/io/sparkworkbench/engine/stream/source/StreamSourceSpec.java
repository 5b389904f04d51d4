package io.sparkworkbench.engine.stream.source;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Which folder a live stream reads and how: the simulator's or the replay's watched folder, or the user's own
 * folder of JSON or CSV files. The query side passes it to {@link LiveSource#open}.
 *
 * @param folder            the watched folder
 * @param format            JSON lines or CSV
 * @param schema            the files' columns ({@link LiveEventSchema#SCHEMA} by default): file sources need one up front
 * @param eventTimeColumn   the timestamp column windows and watermarks use
 * @param csvHeader         for CSV: the first line of each file names the columns
 * @param maxFilesPerTrigger files per micro-batch at most (0 = all new files), so a backlog is worked off in steps
 * @param cleanSource       let Spark delete files once consumed ({@code cleanSource=delete}): only when one query
 *                          reads the folder; several queries share the simulator's folder, which
 *                          {@link IncomingSweeper} cleans instead (ADR 0027)
 */
public record StreamSourceSpec(Path folder, Format format, StructType schema, String eventTimeColumn, boolean csvHeader,
                               int maxFilesPerTrigger, boolean cleanSource) {

    public enum Format {
        JSON("json"), CSV("csv");

        private final String sparkName;

        Format(String sparkName) {
            this.sparkName = sparkName;
        }

        public String sparkName() {
            return sparkName;
        }
    }

    public static final int DEFAULT_MAX_FILES_PER_TRIGGER = 20;

    /** The simulator's (or replay's) folder: JSON lines in the live schema. */
    public static StreamSourceSpec liveEvents(Path folder) {
        return new StreamSourceSpec(folder, Format.JSON, LiveEventSchema.SCHEMA, LiveEventSchema.EVENT_TS, false,
                DEFAULT_MAX_FILES_PER_TRIGGER, false);
    }

    public StreamSourceSpec withFormat(Format newFormat, boolean header) {
        return new StreamSourceSpec(folder, newFormat, schema, eventTimeColumn, header, maxFilesPerTrigger, cleanSource);
    }

    public StreamSourceSpec withSchema(StructType newSchema, String newEventTimeColumn) {
        return new StreamSourceSpec(folder, format, newSchema, newEventTimeColumn, csvHeader, maxFilesPerTrigger, cleanSource);
    }

    /** A schema in Spark DDL ({@code "ts TIMESTAMP, kind STRING"}); a typo is reported with the text. */
    public StreamSourceSpec withSchemaDdl(String ddl, String newEventTimeColumn) {
        StructType parsed;
        try {
            parsed = StructType.fromDDL(ddl);
        } catch (Exception e) { // ParseException is an AnalysisException: checked, though Scala does not declare it
            throw new EngineException("The schema '" + ddl + "' is not valid Spark DDL (e.g. \"ts TIMESTAMP, kind STRING\"): "
                    + io.sparkworkbench.engine.EngineErrors.describe(e), e);
        }
        return withSchema(parsed, newEventTimeColumn);
    }

    public StreamSourceSpec withMaxFilesPerTrigger(int files) {
        return new StreamSourceSpec(folder, format, schema, eventTimeColumn, csvHeader, files, cleanSource);
    }

    public StreamSourceSpec withCleanSource(boolean clean) {
        return new StreamSourceSpec(folder, format, schema, eventTimeColumn, csvHeader, maxFilesPerTrigger, clean);
    }

    /**
     * Checks what can be checked before Spark starts: the folder exists and can be listed, the schema has the event
     * time column as a timestamp, the options make sense. Touches the disk: call it off the JavaFX thread.
     */
    public StreamSourceSpec validate() {
        if (folder == null) {
            throw new EngineException("Choose the folder the stream reads");
        }
        if (!Files.exists(folder)) {
            throw new EngineException("The stream folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new EngineException("The stream source " + folder + " is a file, not a folder: choose the folder that receives the files");
        }
        if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
            throw new EngineException("The stream folder " + folder + " cannot be read (permission denied)");
        }
        if (format == null) {
            throw new EngineException("Choose the files' format for " + folder + ": JSON or CSV");
        }
        if (schema == null || schema.fields().length == 0) {
            throw new EngineException("Give the columns of the files in " + folder + ": a streaming source needs its schema up front");
        }
        if (eventTimeColumn == null || eventTimeColumn.isBlank()) {
            throw new EngineException("Name the event time column of the files in " + folder + ": windows and watermarks need one");
        }
        StructField time = Arrays.stream(schema.fields()).filter(f -> f.name().equalsIgnoreCase(eventTimeColumn)).findFirst()
                .orElseThrow(() -> new EngineException("The schema for " + folder + " has no event time column '" + eventTimeColumn
                        + "': its columns are " + String.join(", ", schema.fieldNames())));
        DataType type = time.dataType();
        if (!type.equals(DataTypes.TimestampType) && !type.equals(DataTypes.TimestampNTZType)) {
            throw new EngineException("The event time column '" + time.name() + "' for " + folder + " is " + type.simpleString()
                    + ", not a timestamp: declare it TIMESTAMP");
        }
        if (maxFilesPerTrigger < 0) {
            throw new EngineException("Files per trigger must be 0 (all new files) or more, not " + maxFilesPerTrigger);
        }
        return this;
    }
}
