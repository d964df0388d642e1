package no.veiviser.web;

import java.time.LocalDate;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import no.veiviser.identity.Role;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the layout needs on every page: who is signed in, the navigation, the language, the CSRF
 * token for forms and the versioned URLs of static files. Templates get all their text through {@link #t}.
 */
public record PageContext(SignedInPerson person, List<NavItem> navigation, Locale locale, CsrfToken csrf,
                          MessageSource messages, Assets assets) {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    /*
     * Formats per language, made once: looking a locale's formats up took some 8 % of the readiness
     * page, which writes some two hundred numbers and dates. Date formatters are immutable; a
     * number format is not, so each number is written by a copy. A language cookie may name any
     * locale, so only the first few are kept.
     */
    private static final int LANGUAGES_KEPT = 8;
    private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> DATE_TIMES = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> MONTHS = new ConcurrentHashMap<>();
    private static final Map<Locale, NumberFormat> NUMBERS = new ConcurrentHashMap<>();

    /** A context whose static files are linked by their plain paths. */
    public PageContext(SignedInPerson person, List<NavItem> navigation, Locale locale, CsrfToken csrf,
                       MessageSource messages) {
        this(person, navigation, locale, csrf, messages, Assets.UNVERSIONED);
    }

    /** The versioned URL of a static file, cached by browsers for a year. */
    public String asset(String path) {
        return assets.url(path);
    }

    /** A text in this page's language; dates among the arguments are written as the page writes dates. */
    public String t(String key, Object... arguments) {
        Object[] written = arguments == null ? null : java.util.Arrays.stream(arguments)
                .map(argument -> argument instanceof LocalDate day ? date(day) : argument).toArray();
        return messages.getMessage(key, written, locale);
    }

    /** The text of a key that may not exist (the name of an audit detail), or the fallback. */
    public String textOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** The message of a form error, in this page's language. */
    public String error(FormErrors.Error error) {
        return t(error.key(), error.arguments());
    }

    /** Calendar months in words, "mars 2024, mai 2024" or "March 2024, May 2024". */
    public String months(List<java.time.YearMonth> months) {
        DateTimeFormatter format = kept(MONTHS, language -> DateTimeFormatter.ofPattern("LLLL yyyy", language));
        return months.stream().map(format::format).collect(Collectors.joining(", "));
    }

    /**
     * The name of a form field for the error summary, or null. Field ids on a page may carry the form
     * ({@code period-from}) or the row ({@code reason-<id>}); the field's own name is looked up.
     */
    public String fieldName(String fieldId) {
        int dash = fieldId.indexOf('-');
        List<String> names = dash < 0 ? List.of(fieldId)
                : List.of(fieldId, fieldId.substring(dash + 1), fieldId.substring(0, dash));
        return names.stream().map(name -> textOr("field." + name, null)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    public boolean signedIn() {
        return person != null;
    }

    /** The language of the page as an HTML language tag. */
    public String lang() {
        return isEnglish() ? "en" : "nb";
    }

    /** The language one can switch to. */
    public String otherLang() {
        return isEnglish() ? "nb" : "en";
    }

    public String date(LocalDate date) {
        return date == null ? "" : kept(DATES,
                language -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)).format(date);
    }

    /** A number as written in this language, with the decimals it has (23,52 in Norwegian). */
    public String decimal(java.math.BigDecimal number) {
        if (number == null) {
            return "–";
        }
        NumberFormat format = (NumberFormat) kept(NUMBERS, NumberFormat::getNumberInstance).clone();
        format.setMinimumFractionDigits(Math.max(0, number.scale()));
        format.setMaximumFractionDigits(Math.max(0, number.scale()));
        return format.format(number);
    }

    /**
     * An amount of months, hours or days as a person reads it: at most two decimals, and none that say
     * nothing ("6 dager", "23,5 mnd", "59,98 mnd" — close to a limit the hundredths matter).
     */
    public String amount(java.math.BigDecimal number) {
        if (number == null) {
            return "–";
        }
        java.math.BigDecimal rounded = number.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal(rounded.scale() < 0 ? rounded.setScale(0) : rounded);
    }

    /** A date and time of day, such as the start of an on-call shift. */
    public String dateTime(java.time.LocalDateTime time) {
        return time == null ? "" : kept(DATE_TIMES, language -> DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language)).format(time);
    }

    /** A moment, such as a signature or an approval, as a date and time in Norway. */
    public String moment(java.time.OffsetDateTime moment) {
        return moment == null ? "" : dateTime(moment.atZoneSameInstant(no.veiviser.shared.TimeConfiguration.OSLO)
                .toLocalDateTime());
    }

    /** The day of a moment in Norway. */
    public String date(java.time.OffsetDateTime moment) {
        return moment == null ? "" : date(moment.atZoneSameInstant(no.veiviser.shared.TimeConfiguration.OSLO).toLocalDate());
    }

    private <T> T kept(Map<Locale, T> formats, java.util.function.Function<Locale, T> make) {
        T format = formats.get(locale);
        if (format == null) {
            format = make.apply(locale);
            if (formats.size() < LANGUAGES_KEPT) {
                formats.put(locale, format);
            }
        }
        return format;
    }

    /** The roles' names in this language, in the order of {@link Role}, separated by commas. */
    public String roleNames(Collection<Role> roles) {
        return roles.stream().sorted().map(role -> t("role." + role.name())).collect(Collectors.joining(", "));
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    private boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }
}
