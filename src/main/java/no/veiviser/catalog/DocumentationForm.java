package no.veiviser.catalog;

/** How a learning activity is documented. */
public enum DocumentationForm {
    SELF_REGISTERED("SELVREGISTRERT"),
    SIGNED_BY_VEILEDER("SIGNERT_VEILEDER"),
    SIGNED_BY_SUPERVISOR("SIGNERT_SUPERVISOR"),
    SIGNED_BY_GROUP_LEADER("SIGNERT_GRUPPEVEILEDER"),
    COURSE_CERTIFICATE("KURSBEVIS"),
    REPORT("RAPPORT");

    private final String fileValue;

    DocumentationForm(String fileValue) {
        this.fileValue = fileValue;
    }

    public String fileValue() {
        return fileValue;
    }

    public static DocumentationForm fromFile(String value) {
        for (DocumentationForm form : values()) {
            if (form.fileValue.equalsIgnoreCase(value.trim())) {
                return form;
            }
        }
        return null;
    }
}
