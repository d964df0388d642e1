package no.veiviser.catalog;

/** Whether a goal asks for knowledge, skills or both (type kompetanse). */
public enum CompetenceType {
    KNOWLEDGE("KUNNSKAP"),
    SKILLS("FERDIGHET"),
    KNOWLEDGE_AND_SKILLS("KUNNSKAP_OG_FERDIGHET");

    private final String fileValue;

    CompetenceType(String fileValue) {
        this.fileValue = fileValue;
    }

    /** How the type is written in catalog files. */
    public String fileValue() {
        return fileValue;
    }

    public static CompetenceType fromFile(String value) {
        for (CompetenceType type : values()) {
            if (type.fileValue.equalsIgnoreCase(value.trim())) {
                return type;
            }
        }
        return null;
    }
}
