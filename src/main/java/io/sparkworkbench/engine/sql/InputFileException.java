package io.sparkworkbench.engine.sql;

import io.sparkworkbench.engine.EngineException;

/** A file or folder the user named cannot be read: the message names it and says why. */
public final class InputFileException extends EngineException {

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
