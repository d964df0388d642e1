package no.veiviser.programme.web;

import no.veiviser.shared.TypedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import no.veiviser.programme.NewCandidate;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.Scheme;
import no.veiviser.shared.FormErrors;

/** The enrolment form as typed. */
public record AdmissionForm(String givenName, String familyName, String email, String programme, String scheme,
                            String startDate, String convertedOn, String positionPercent, String employer,
                            String arenaId, String notTheSamePerson) {

    public static AdmissionForm empty() {
        return new AdmissionForm("", "", "", ProgrammeType.ALIS.name(), Scheme.NEW.name(), "", "", "100", "", "", null);
    }

    FormErrors validate() {
        FormErrors errors = new FormErrors().requireText("givenName", givenName).maxLength("givenName", givenName, 100)
                .requireText("familyName", familyName).maxLength("familyName", familyName, 100)
                .requireText("email", email).maxLength("email", email, 200).maxLength("employer", employer, 200);
        if (TypedText.date(startDate) == null) {
            errors.rejectDate("startDate", startDate);
        }
        if (!blank(convertedOn) && TypedText.date(convertedOn) == null) {
            errors.rejectDate("convertedOn", convertedOn);
        }
        if (share() == null) {
            errors.reject("positionPercent", "admission.positionPercent.invalid");
        }
        return errors;
    }

    NewCandidate candidate() {
        return new NewCandidate(givenName, familyName, email, value(ProgrammeType.values(), programme),
                value(Scheme.values(), scheme), TypedText.date(startDate), TypedText.date(convertedOn), share(), employer, arena(),
                "true".equals(notTheSamePerson));
    }

    private UUID arena() {
        return TypedText.uuid(arenaId);
    }

    private BigDecimal share() {
        return TypedText.number(positionPercent);
    }

    private static <E extends Enum<E>> E value(E[] values, String name) {
        return TypedText.value(values, name);
    }

    private static boolean blank(String value) {
        return TypedText.blank(value);
    }
}
