package io.sparkworkbench.engine.stream.source;

import io.sparkworkbench.engine.EngineException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Live events could not be written: the message names the folder and why (full disk, no permission, ...). */
public final class EventWriteException extends EngineException {

    public EventWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The reason of an I/O failure in words, without repeating the path the caller already names. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a file is in the way of the folder";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder is gone";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String reason = fs.getReason();
            return reason.contains("No space left") ? "the disk is full (" + reason + ")" : reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
