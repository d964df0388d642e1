package no.veiviser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Templates are code the module checks do not see: each lives in its module's folder
 * ({@code src/main/jte/<module>/}) and may use only what its module may — its own types, the public
 * types (root package) of the modules its Java code depends on, and the kernel ({@code web},
 * {@code shared}); the web kernel's templates only {@code identity} and {@code shared} besides itself.
 */
class TemplateBoundariesTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern IMPORT = Pattern.compile("@import no\\.veiviser\\.([a-z]+)\\.([A-Za-z.]+)");
    private static final Pattern TEMPLATE = Pattern.compile("@template\\.([a-z]+)\\.");
    private static final Set<String> KERNEL = Set.of("web", "shared");
    private static final ApplicationModules MODULES = ApplicationModules.of(VeiviserApplication.class);

    @Test
    void everyTemplateLivesInTheFolderOfAModule() throws IOException {
        Set<String> modules = new HashSet<>();
        MODULES.forEach(module -> modules.add(module.getIdentifier().toString()));
        for (Path template : templates()) {
            assertThat(modules).as(template.toString()).contains(owner(template));
        }
    }

    @Test
    void templatesUseOnlyWhatTheirModuleMayDependOn() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path template : templates()) {
            String owner = owner(template);
            Set<String> allowed = allowedFor(owner);
            String text = Files.readString(template);
            Matcher imported = IMPORT.matcher(text);
            while (imported.find()) {
                String module = imported.group(1);
                boolean publicType = !imported.group(2).contains(".") || Character.isUpperCase(imported.group(2).charAt(0));
                if (!allowed.contains(module)) {
                    violations.add(template + " imports from " + module);
                } else if (!module.equals(owner) && !publicType) {
                    violations.add(template + " imports " + module + "." + imported.group(2) + ", not public");
                }
            }
            Matcher used = TEMPLATE.matcher(text);
            while (used.find()) {
                if (!allowed.contains(used.group(1))) {
                    violations.add(template + " uses a template of " + used.group(1));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static Set<String> allowedFor(String owner) {
        Set<String> allowed = new HashSet<>(KERNEL);
        allowed.add(owner);
        if (owner.equals("web")) {
            allowed.add("identity");
            return allowed;
        }
        ApplicationModule module = MODULES.getModuleByName(owner).orElseThrow();
        module.getDirectDependencies(MODULES).stream()
                .forEach(dependency -> allowed.add(dependency.getTargetModule().getIdentifier().toString()));
        return allowed;
    }

    private static String owner(Path template) {
        return TEMPLATES.relativize(template).getName(0).toString();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates = files.filter(path -> path.toString().endsWith(".jte")).toList();
            assertThat(templates).isNotEmpty();
            for (Path template : templates) {
                assertThat(TEMPLATES.relativize(template).getNameCount()).as(template + " is in a module's folder")
                        .isGreaterThan(1);
            }
            return templates;
        }
    }
}
