package no.veiviser.programme.web;

import no.veiviser.programme.ServiceRecordKind;

/** The request parameters of the three service forms (bound by name); a missing one is null. */
record ServiceFormInput(String from, String to, String category, String positionPercent, String exemption50,
                        String employer, String arenaId, String absenceType, String shiftStart, String shiftEnd) {

    ServiceForm form(ServiceRecordKind kind) {
        return new ServiceForm(kind, text(from), text(to), text(category), text(positionPercent), exemption50 != null,
                text(employer), text(arenaId), text(absenceType), text(shiftStart), text(shiftEnd));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
