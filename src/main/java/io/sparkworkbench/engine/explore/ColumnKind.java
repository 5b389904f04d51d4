package io.sparkworkbench.engine.explore;

import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.CharType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.sql.types.VarcharType;

/** What the profiler computes for a column, by its Spark type. */
enum ColumnKind {
    INTEGRAL, FRACTIONAL, DECIMAL, DATE, TIMESTAMP, TIMESTAMP_NTZ, BOOLEAN, STRING, BINARY,
    /** Structs, arrays, maps, intervals, variants: only counted (their values have no order or mean). */
    OTHER;

    static ColumnKind of(DataType type) {
        if (type instanceof IntegralType) {
            return INTEGRAL;
        }
        if (type instanceof FloatType || type instanceof DoubleType) {
            return FRACTIONAL;
        }
        if (type instanceof DecimalType) {
            return DECIMAL;
        }
        if (type instanceof DateType) {
            return DATE;
        }
        if (type instanceof TimestampType) {
            return TIMESTAMP;
        }
        if (type instanceof TimestampNTZType) {
            return TIMESTAMP_NTZ;
        }
        if (type instanceof BooleanType) {
            return BOOLEAN;
        }
        if (type instanceof StringType || type instanceof CharType || type instanceof VarcharType) {
            return STRING;
        }
        return type instanceof BinaryType ? BINARY : OTHER;
    }

    boolean counted() {
        return this != OTHER;
    }

    boolean ordered() {
        return this != OTHER && this != BINARY;
    }

    boolean numeric() {
        return this == INTEGRAL || this == FRACTIONAL || this == DECIMAL;
    }

    boolean hasTopValues() {
        return ordered();
    }

    boolean hasHistogram() {
        return numeric() || this == DATE || this == TIMESTAMP || this == TIMESTAMP_NTZ;
    }

    /** Bins of whole units (integers, days) are whole-width, so a rating 1-5 gets five bars. */
    boolean wholeUnits() {
        return this == INTEGRAL || this == DATE;
    }
}
