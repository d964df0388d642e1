package no.veiviser.catalog;

import java.util.regex.Pattern;

/**
 * The goal catalogs of spesialistforskriften vedlegg 2 that a municipality works with, each with the
 * form its goal codes take. A catalog has dated versions; a candidate is assessed against the version
 * assigned to her.
 */
public enum CatalogCode {
    /** Allmennmedisin (vedlegg 2 C21), ALM-001 … ALM-088. */
    ALM("ALM-\\d{3}"),
    /** Samfunnsmedisin (vedlegg 2 C46), SAM-001 … SAM-045. */
    SAM("SAM-\\d{3}"),
    /**
     * The common competence goals for parts 2 and 3 (ALIS, SamLIS): FKM-001 … FKM-014 from 1 March
     * 2026 (FOR-2025-01-24-114); the earlier plan's numbers (e.g. FKM-19) in the version before it.
     */
    FKM("FKM-\\d{1,3}"),
    /** The clinical goals of part 1 in the municipality (LIS1, vedlegg 2 B2), KLK-001 … KLK-040. */
    KLK("KLK-\\d{3}"),
    /**
     * The common competence goals of part 1 in the municipality: FKMK-001 … FKMK-008 from 1 September
     * 2025; the old part-1 plan (LM-01 … LM-69) in the version before it.
     */
    FKMK("FKMK-\\d{3}|LM-\\d{2}");

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
            case SAM -> "SAM-001";
            case FKM -> "FKM-001";
            case KLK -> "KLK-001";
            case FKMK -> "FKMK-001";
        };
    }

    /** The catalogs of parts 2–3 an organisation registered for a specialty must offer (§ 23). */
    public static java.util.List<CatalogCode> ofSpecialty(no.veiviser.shared.Specialty specialty) {
        return switch (specialty) {
            case ALLMENNMEDISIN -> java.util.List.of(ALM, FKM);
            case SAMFUNNSMEDISIN -> java.util.List.of(SAM, FKM);
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
