package no.veiviser.catalog;

import java.util.List;
import java.util.Locale;

/**
 * How spesialistforskriften vedlegg 2 sets a goal's competence level: not as a number but by the
 * words the goal begins with. «Kjenne til» and «Ha kjennskap til» are the lowest level; «Ha kunnskap
 * om» and «Under supervisjon kunne» the middle; «Ha god kunnskap om», «Selvstendig kunne» and
 * «Beherske» the highest. Veiviser reads the phrase from the official text and shows it; the level is
 * derived from the wording, never stored beside it.
 */
public final class CompetenceWording {

    /** The three levels the wording expresses, lowest first. */
    public enum Level { NONE, LOWEST, MIDDLE, HIGHEST }

    private record Phrase(String words, Level level) {
    }

    // Longer phrases first, so that «Ha god kunnskap om» is not read as «Ha kunnskap om».
    private static final List<Phrase> PHRASES = List.of(
            new Phrase("ha god kunnskap om", Level.HIGHEST),
            new Phrase("selvstendig kunne", Level.HIGHEST),
            new Phrase("beherske", Level.HIGHEST),
            new Phrase("under supervisjon kunne", Level.MIDDLE),
            new Phrase("ha kunnskap om", Level.MIDDLE),
            new Phrase("ha kjennskap til", Level.LOWEST),
            new Phrase("kjenne til", Level.LOWEST));

    private CompetenceWording() {
    }

    /** The level set by the phrase the text opens with; NONE when it opens with none of them. */
    public static Level levelOf(String text) {
        Phrase phrase = opening(text);
        return phrase == null ? Level.NONE : phrase.level();
    }

    /** The opening phrase as the text writes it, e.g. "Selvstendig kunne"; null when there is none. */
    public static String phraseOf(String text) {
        Phrase phrase = opening(text);
        return phrase == null ? null : text.strip().substring(0, phrase.words().length());
    }

    private static Phrase opening(String text) {
        if (text == null) {
            return null;
        }
        String start = text.strip().toLowerCase(Locale.ROOT);
        return PHRASES.stream().filter(phrase -> start.startsWith(phrase.words())).findFirst().orElse(null);
    }
}
