package io.sparkworkbench.engine.sql;

import io.sparkworkbench.engine.EngineException;

/** A statement Spark refused or failed to run; {@link #error()} says what and where. */
public final class SqlException extends EngineException {

    private final transient SqlError error;

    public SqlException(SqlError error, Throwable cause) {
        super(error.describe(), cause);
        this.error = error;
    }

    public SqlError error() {
        return error;
    }
}
