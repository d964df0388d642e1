package no.veiviser.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import no.veiviser.programme.AbsenceType;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.Scheme;
import no.veiviser.programme.ServiceCategory;
import no.veiviser.requirements.ReadinessInput;
import org.junit.jupiter.api.Test;

/**
 * The stored records are turned into the engine's input by constant name; the engine is kept free of
 * the product's modules, so the two sets of names must stay the same.
 */
class StoredInputTest {

    @Test
    void storedAndEngineNamesAreTheSame() {
        assertThat(names(ServiceCategory.values())).containsExactly(names(ReadinessInput.ServiceCategory.values()));
        assertThat(names(AbsenceType.values())).containsExactly(names(ReadinessInput.AbsenceType.values()));
        assertThat(names(ProgrammeType.values())).containsExactlyInAnyOrder(names(ReadinessInput.Programme.values()));
        assertThat(names(Scheme.values())).containsExactlyInAnyOrder(names(ReadinessInput.Scheme.values()));
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
