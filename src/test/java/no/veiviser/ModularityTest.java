package no.veiviser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                .contains("shared", "identity", "organisation", "programme", "audit", "web", "demo", "requirements",
                        "readiness", "shell");
    }

    @Test
    void theRequirementsEngineDependsOnNoOtherModule() {
        var requirements = MODULES.getModuleByName("requirements").orElseThrow();
        assertThat(requirements.getDirectDependencies(MODULES).stream()
                .map(dependency -> dependency.getTargetModule().getIdentifier().toString()).distinct().toList())
                .as("the engine is input in, result out; assembling what Veiviser holds is the readiness module's")
                .isEmpty();
    }

    @Test
    void theWebKernelDependsOnlyOnIdentityAndShared() {
        var web = MODULES.getModuleByName("web").orElseThrow();
        assertThat(web.getDirectDependencies(MODULES).stream()
                .map(dependency -> dependency.getTargetModule().getIdentifier().toString()).distinct().toList())
                .as("every module's pages use the kernel, so it may need none of them")
                .allMatch(module -> module.equals("identity") || module.equals("shared"));
    }

    @Test
    void writesTheModuleDiagramIntoDocs() throws java.io.IOException {
        Path folder = Path.of("docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(Files.isRegularFile(folder.resolve("module-identity.puml"))).isTrue();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".puml")).toList()) {
                sortRelations(file);
            }
        }
    }

    /**
     * Modulith writes the relations in hash order, which differs from run to run; sorted, the
     * committed diagrams change only when the modules do.
     */
    private static void sortRelations(Path file) throws java.io.IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
        var sorted = new java.util.ArrayList<String>(lines.size());
        var next = relations.iterator();
        for (String line : lines) {
            sorted.add(line.startsWith("Rel(") ? next.next() : line);
        }
        Files.write(file, sorted);
    }
}
