package no.veiviser.catalog;

import java.util.regex.Pattern;

/** The goal catalogs Veiviser knows, each with the prefix its goal codes carry. */
public enum CatalogCode {
    /** Allmennmedisin, ALM-001 … ALM-088. */
    ALM("ALM-\\d{3}"),
    /** Felles kompetansemål for allmennmedisin (the ASA plan), e.g. FKM-19. */
    FKM("FKM-\\d{1,3}"),
    /** The clinical goals of LIS1 (part 1). */
    DEL1("DEL1-\\d{1,3}"),
    /** Samfunnsmedisin. */
    SAM("SAM-\\d{1,3}");

    private final Pattern codePattern;

    CatalogCode(String codePattern) {
        this.codePattern = Pattern.compile(codePattern);
    }

    /** Whether a goal code has this catalog's form, e.g. {@code ALM-040}. */
    public boolean isGoalCode(String code) {
        return code != null && codePattern.matcher(code).matches();
    }

    /** A human example of the code form, for messages. */
    public String example() {
        return switch (this) {
            case ALM -> "ALM-001";
            case FKM -> "FKM-19";
            case DEL1 -> "DEL1-1";
            case SAM -> "SAM-1";
        };
    }

    /** The catalog a goal code belongs to, by its prefix. */
    public static CatalogCode ofGoal(String goalCode) {
        for (CatalogCode catalog : values()) {
            if (catalog.isGoalCode(goalCode)) {
                return catalog;
            }
        }
        return null;
    }
}
