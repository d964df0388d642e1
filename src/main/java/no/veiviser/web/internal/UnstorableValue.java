package no.veiviser.web.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A JSON value that cannot be stored ({@link StorableJsonModule}), with the message key that says why. */
public final class UnstorableValue extends InvalidFormatException {

    private final String messageKey;

    UnstorableValue(JsonParser parser, String messageKey, Object value, Class<?> type) {
        super(parser, messageKey, value, type);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
