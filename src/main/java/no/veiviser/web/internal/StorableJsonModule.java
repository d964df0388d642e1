package no.veiviser.web.internal;

import java.time.temporal.TemporalAccessor;
import no.veiviser.shared.InputLimits;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Holds every value the JSON API reads to {@link InputLimits}: a string with a control character or
 * beyond the longest text, or a date outside the plausible years, is refused where it is read, so the
 * API answers 400 naming the field (ApiExceptionHandler) instead of failing in the database.
 */
@Component
class StorableJsonModule extends SimpleModule {

    StorableJsonModule() {
        super("veiviser-storable-input");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                           ValueDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                return type == String.class || TemporalAccessor.class.isAssignableFrom(type)
                        ? new Checked(deserializer) : deserializer;
            }
        });
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            String problem = value instanceof String text ? InputLimits.problemWithText(text)
                    : value instanceof TemporalAccessor time && !InputLimits.plausibleYear(time) ? "input.implausibleYear"
                    : null;
            if (problem != null) {
                throw new UnstorableValue(parser, problem, value, value.getClass());
            }
            return value;
        }
    }
}
