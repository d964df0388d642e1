package no.veiviser.readiness.api;

import java.util.List;
import java.util.Locale;
import no.veiviser.requirements.Text;

/**
 * The language the JSON API answers in: the first language of the request's {@code Accept-Language}
 * that Veiviser has (bokmål, Norwegian, English), bokmål when none is given or none fits.
 */
final class ApiLanguage {

    private static final List<String> SUPPORTED = List.of("nb", "no", "nn", "en");

    private ApiLanguage() {
    }

    static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Text.BOKMAL;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (SUPPORTED.contains(language)) {
                    return "en".equals(language) ? Locale.ENGLISH : Text.BOKMAL;
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed header is not worth refusing the answer for.
        }
        return Text.BOKMAL;
    }
}
