package io.sparkworkbench.engine.connect;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Copies of exceptions with the secret masked in every message of the chain, stack traces kept, so an
 * error that quoted the secret (a conf dump, a command line) can still be logged and shown.
 */
public final class SecretMasking {

    private SecretMasking() {
    }

    /** {@code error} itself when there is nothing to mask, else a masked copy of its whole cause chain. */
    public static Throwable scrub(Throwable error, SharedSecret secret) {
        if (error == null || !secret.isSet() || !mentions(error, secret, new IdentityHashMap<>())) {
            return error;
        }
        return copy(error, secret, new IdentityHashMap<>());
    }

    private static boolean mentions(Throwable error, SharedSecret secret, Map<Throwable, Boolean> seen) {
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(secret.reveal())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable copy(Throwable error, SharedSecret secret, Map<Throwable, Throwable> done) {
        Throwable existing = done.get(error);
        if (existing != null) {
            return existing;
        }
        MaskedException masked = new MaskedException(error.getClass().getName(), secret.mask(error.getMessage()));
        done.put(error, masked);
        masked.setStackTrace(error.getStackTrace());
        if (error.getCause() != null && error.getCause() != error) {
            masked.initCause(copy(error.getCause(), secret, done));
        }
        return masked;
    }

    /** Stands in for an exception whose message had to be masked; names the original type. */
    static final class MaskedException extends RuntimeException {
        private final String originalType;

        MaskedException(String originalType, String message) {
            super(message);
            this.originalType = originalType;
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? originalType : originalType + ": " + message;
        }
    }
}
