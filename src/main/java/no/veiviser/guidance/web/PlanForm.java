package no.veiviser.guidance.web;

import no.veiviser.guidance.NewSession;
import no.veiviser.guidance.SessionMode;
import no.veiviser.shared.FormErrors;
import no.veiviser.shared.TypedText;

/** The form that plans a session, as typed; {@code candidateId} only when a veileder plans. */
public record PlanForm(String candidateId, String heldOn, String startsAt, String endsAt, String mode, String place) {

    public static PlanForm empty() {
        return new PlanForm("", "", "", "", SessionMode.IN_PERSON.name(), "");
    }

    /** What can be read; what cannot is rejected into {@code errors}. */
    NewSession session(FormErrors errors) {
        var day = TypedText.date(heldOn);
        if (day == null) {
            errors.rejectDate("heldOn", heldOn);
        }
        var start = TypedText.time(startsAt);
        if (start == null) {
            errors.reject("startsAt", "guidance.time.required");
        }
        var end = TypedText.time(endsAt);
        if (end == null) {
            errors.reject("endsAt", "guidance.time.required");
        }
        return new NewSession(TypedText.uuid(candidateId), day, start, end, TypedText.value(SessionMode.values(), mode),
                place);
    }
}
