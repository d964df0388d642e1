package no.veiviser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of docs/architecture.md hold, and the module diagram in docs/ is current. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(VeiviserApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theExpectedModulesExist() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("shared", "identity", "organisation", "programme", "audit", "web", "demo");
    }

    @Test
    void writesTheModuleDiagramIntoDocs() {
        Path folder = Path.of("docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(Files.isRegularFile(folder.resolve("module-identity.puml"))).isTrue();
    }
}
