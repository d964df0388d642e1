package no.veiviser.catalog.internal;

/**
 * The columns of a goal catalog file (docs/catalog-format.md). Headers are matched without regard
 * to case or surrounding spaces; the order of columns is free.
 */
enum GoalColumn {
    CODE("kode", true),
    TITLE("tittel", true),
    DESCRIPTION("beskrivelse", false),
    COMPETENCE_TYPE("kompetansetype", false),
    COMPETENCE_LEVEL("kompetansenivå", false),
    ACTIVITIES("læringsaktiviteter", false),
    SOURCE("kilde", false);

    private final String header;
    private final boolean required;

    GoalColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    static GoalColumn byHeader(String header) {
        String wanted = header == null ? "" : header.trim().toLowerCase(java.util.Locale.ROOT);
        for (GoalColumn column : values()) {
            if (column.header.equals(wanted)) {
                return column;
            }
        }
        return null;
    }
}
