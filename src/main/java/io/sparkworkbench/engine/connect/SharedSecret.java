package io.sparkworkbench.engine.connect;

import java.util.Objects;

/**
 * The {@code spark.authenticate} secret. Its {@link #toString()} never shows the value, so a settings
 * record that holds it can be logged; only {@link #reveal()} hands it out, for the Spark conf and the file.
 */
public final class SharedSecret {

    private static final SharedSecret NONE = new SharedSecret("");
    static final String MASK = "••••••";

    private final String value;

    private SharedSecret(String value) {
        this.value = value;
    }

    /** A blank value means "no authentication". */
    public static SharedSecret of(String value) {
        return value == null || value.isBlank() ? NONE : new SharedSecret(value.strip());
    }

    public static SharedSecret none() {
        return NONE;
    }

    public boolean isSet() {
        return !value.isEmpty();
    }

    /** The secret itself: for Spark's conf and the owner-only file, never for text a person sees. */
    public String reveal() {
        return value;
    }

    /** {@code text} with every occurrence of the secret replaced by a mask. */
    public String mask(String text) {
        if (text == null || !isSet()) {
            return text;
        }
        return text.replace(value, MASK);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SharedSecret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return isSet() ? "(secret set)" : "(no secret)";
    }
}
