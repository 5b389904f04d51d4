package io.sparkworkbench.ui.sql;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editor tab: its name, its text and where the caret is. Saved and restored by the workspace. */
public final class SqlDocument {

    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final IntegerProperty caret = new SimpleIntegerProperty();

    public SqlDocument(String name, String text, int caret) {
        this.name.set(name);
        this.text.set(text);
        this.caret.set(Math.max(0, Math.min(caret, text.length())));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty textProperty() {
        return text;
    }

    public IntegerProperty caretProperty() {
        return caret;
    }

    public String name() {
        return name.get();
    }

    public String text() {
        return text.get();
    }

    public int caret() {
        return caret.get();
    }
}
