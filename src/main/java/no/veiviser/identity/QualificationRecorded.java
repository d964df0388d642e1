package no.veiviser.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

public record QualificationRecorded(UUID personId, SpecialistQualification qualification, String actor) implements PersonChange {

    @Override
    public String action() {
        return "qualification.recorded";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("specialty", qualification.specialty().name());
        details.put("kind", qualification.kind().name());
        if (qualification.validUntil() != null) {
            details.put("validUntil", qualification.validUntil().toString());
        }
        return details;
    }
}
