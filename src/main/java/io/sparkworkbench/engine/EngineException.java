package io.sparkworkbench.engine;

/** A failure the user should read: the message names the problem and where it is. */
public class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
