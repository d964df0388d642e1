package no.veiviser.requirements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sentence the engine says to a person — an explanation, a trace note, a forecast note — as a
 * message key and its arguments, rendered in the reader's language from the bundles
 * {@code requirements/texts*.properties} (bokmål is the base bundle; a third language is a new file, no
 * engine change). A text may be several sentences, each a text of its own.
 *
 * <p>Arguments are rendered by type: a {@link BigDecimal} with at most two decimals, none that say
 * nothing ("6", "23,5"), in the language's way
 * (decimal comma in Norwegian), a {@link LocalDate} as a date and a {@link java.time.LocalDateTime} with
 * the time, a text as its own rendering, anything
 * else as it is.
 *
 * @param key       the message key; null for a text made of {@code parts} only
 * @param arguments the message's arguments
 * @param parts     further sentences, rendered after this one
 * @param separator what goes between the sentences: a space, or ", " for a list
 */
public record Text(String key, List<Object> arguments, List<Text> parts, String separator) {

    /** Bokmål, the language of the base bundle and of Veiviser when nothing else is asked for. */
    public static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private static final String BUNDLE = "requirements/texts";
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", BOKMAL);
    private static final DateTimeFormatter NORWEGIAN_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", BOKMAL);

    /** Each message's pattern parsed once per bundle; a readiness page places some 700. */
    private static final Map<ResourceBundle, Map<String, MessagePattern>> PATTERNS = new ConcurrentHashMap<>();

    public Text {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        parts = parts == null ? List.of() : List.copyOf(parts);
        separator = separator == null ? " " : separator;
    }

    public static Text of(String key, Object... arguments) {
        return new Text(key, Arrays.asList(arguments), List.of(), " ");
    }

    /** The texts as a list in a sentence: "Grunnkurs A, Grunnkurs C". */
    public static Text list(List<Text> items) {
        return new Text(null, List.of(), items, ", ");
    }

    /** The texts as one, in order; empty and null texts are left out. */
    public static Text join(Text... texts) {
        List<Text> parts = new ArrayList<>();
        for (Text text : texts) {
            if (text != null && !text.isEmpty()) {
                parts.add(text);
            }
        }
        return new Text(null, List.of(), parts, " ");
    }

    public boolean isEmpty() {
        return key == null && parts.stream().allMatch(Text::isEmpty);
    }

    /** The text in the language, falling back to bokmål for a language Veiviser does not have. */
    public String render(Locale locale) {
        StringBuilder out = new StringBuilder(96);
        writeTo(out, bundle(locale), locale);
        return out.toString();
    }

    /** The sentence, then the parts that say something, each after the separator. */
    private void writeTo(StringBuilder out, ResourceBundle bundle, Locale locale) {
        boolean first = true;
        if (key != null) {
            String[] rendered = new String[arguments.size()];
            for (int index = 0; index < rendered.length; index++) {
                rendered[index] = argument(arguments.get(index), bundle.getLocale(), locale);
            }
            pattern(bundle, key).writeTo(out, rendered);
            first = false;
        }
        for (Text part : parts) {
            int before = out.length();
            if (!first) {
                out.append(separator);
            }
            int start = out.length();
            part.writeTo(out, bundle, locale);
            if (out.length() == start) {
                out.setLength(before);
            } else {
                first = false;
            }
        }
    }

    /** The text in bokmål. */
    @Override
    public String toString() {
        return render(BOKMAL);
    }

    /** Every key this text uses, its parts' too (for the bundle test). */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (key != null) {
            keys.add(key);
        }
        arguments.stream().filter(Text.class::isInstance).map(Text.class::cast).forEach(text -> keys.addAll(text.keys()));
        parts.forEach(part -> keys.addAll(part.keys()));
        return keys;
    }

    private static String argument(Object argument, Locale language, Locale asked) {
        if (argument instanceof BigDecimal number) {
            String plain = number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            return "en".equals(language.getLanguage()) ? plain : plain.replace('.', ',');
        }
        if (argument instanceof java.time.LocalDateTime time) {
            return time.format("en".equals(language.getLanguage()) ? ENGLISH_TIME : NORWEGIAN_TIME);
        }
        if (argument instanceof LocalDate date) {
            return date.format("en".equals(language.getLanguage()) ? ENGLISH_DATE : NORWEGIAN_DATE);
        }
        if (argument instanceof Text text) {
            return text.render(asked);
        }
        return argument == null ? "" : argument.toString();
    }

    private static MessagePattern pattern(ResourceBundle bundle, String key) {
        return PATTERNS.computeIfAbsent(bundle, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, any -> MessagePattern.parse(bundle.getString(key)));
    }

    /**
     * Looked up once per language: a readiness page renders a few hundred texts. The reader's
     * language comes from a cookie that may name any locale, so only the first few are kept.
     */
    private static ResourceBundle bundle(Locale locale) {
        Locale language = locale == null ? BOKMAL : locale;
        ResourceBundle bundle = BUNDLES.get(language);
        if (bundle == null) {
            try {
                bundle = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
            } catch (MissingResourceException e) {
                bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
            }
            if (BUNDLES.size() < 8) {
                BUNDLES.put(language, bundle);
            }
        }
        return bundle;
    }
}
