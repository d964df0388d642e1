package no.veiviser.catalog.internal;

/**
 * The columns of a goal catalog file (docs/catalog-format.md). Headers are matched without regard
 * to case or surrounding spaces; the order of columns is free. There is no level column: the
 * regulation sets a goal's level by its wording ({@link no.veiviser.catalog.CompetenceWording}).
 */
enum GoalColumn {
    CODE("kode", true),
    TITLE("tittel", true),
    THEME("tema", false),
    DESCRIPTION("beskrivelse", false),
    COMPETENCE_TYPE("kompetansetype", false),
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
