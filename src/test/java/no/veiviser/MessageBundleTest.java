package no.veiviser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import no.veiviser.identity.Role;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.Scheme;
import no.veiviser.shared.ErrorCode;
import no.veiviser.web.Destination;
import org.junit.jupiter.api.Test;

/** Every text exists in Norwegian bokmål and in English, and every key the code builds exists. */
class MessageBundleTest {

    private static final Properties NORWEGIAN = load("/messages.properties");
    private static final Properties ENGLISH = load("/messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(ENGLISH.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(NORWEGIAN.stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() {
        for (Properties bundle : List.of(NORWEGIAN, ENGLISH)) {
            bundle.forEach((key, value) -> assertThat(value.toString().trim()).as(key.toString()).isNotEmpty());
        }
    }

    /**
     * A text with arguments goes through MessageFormat, where a single apostrophe starts a quoted part:
     * "the organisation's … {0}" showed "{0}" and lost its apostrophe. Such texts write it twice; texts
     * without arguments are shown as written and write it once.
     */
    @Test
    void apostrophesAreWrittenTheWayEachTextIsFormatted() {
        List<String> wrong = new ArrayList<>();
        for (Properties bundle : List.of(NORWEGIAN, ENGLISH)) {
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                boolean formatted = value.matches("(?s).*\\{\\d.*");
                if (!formatted && value.contains("''")) {
                    wrong.add(key + ": shown with a doubled apostrophe");
                }
                if (formatted) {
                    String shown = new java.text.MessageFormat(value, java.util.Locale.ROOT)
                            .format(new Object[] {1, 2, 3, 4, 5, 6});
                    if (shown.matches("(?s).*\\{\\d.*") || (value.contains("'") && !shown.contains("'"))) {
                        wrong.add(key + ": shown as «" + shown + "»");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Help is in the product: no text sends a municipality's staff to a file in the repository. */
    @Test
    void noTextPointsToTheRepositorysDocs() {
        for (Properties bundle : List.of(NORWEGIAN, ENGLISH)) {
            bundle.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).doesNotContain("docs/"));
        }
    }

    /** Texts call a person "du" or "kandidaten" (or name her), never "hun"/"she": they are read by her and by others. */
    @Test
    void noTextCallsAPersonSheOrHer() {
        List<String> wrong = new ArrayList<>();
        java.util.regex.Pattern norwegian = java.util.regex.Pattern.compile("(?i)\\b(hun|henne|hennes)\\b");
        java.util.regex.Pattern english = java.util.regex.Pattern.compile("(?i)\\b(she|her|hers|herself)\\b");
        for (String bundle : List.of("/messages.properties", "/requirements/texts.properties")) {
            load(bundle).forEach((key, value) -> {
                if (norwegian.matcher(value.toString()).find()) {
                    wrong.add(bundle + " " + key);
                }
            });
        }
        for (String bundle : List.of("/messages_en.properties", "/requirements/texts_en.properties")) {
            load(bundle).forEach((key, value) -> {
                if (english.matcher(value.toString()).find()) {
                    wrong.add(bundle + " " + key);
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyTheCodeBuildsExists() {
        List<String> keys = new ArrayList<>();
        for (Destination destination : Destination.values()) {
            keys.add(destination.labelKey());
            keys.add(destination.descriptionKey());
        }
        for (ErrorCode code : ErrorCode.values()) {
            keys.add(code.titleKey());
            keys.add(code.detailKey());
        }
        for (Role role : Role.values()) {
            keys.add("role." + role.name());
            keys.add("home.role." + role.name() + ".title");
            keys.add("home.role." + role.name() + ".intro");
        }
        for (ProgrammeType programme : ProgrammeType.values()) {
            keys.add("programme." + programme.name());
        }
        for (Scheme scheme : Scheme.values()) {
            keys.add("scheme." + scheme.name());
        }
        prefixed(keys, "specialty.", no.veiviser.shared.Specialty.values());
        prefixed(keys, "catalog.", no.veiviser.catalog.CatalogCode.values());
        prefixed(keys, "courseKind.", no.veiviser.catalog.CourseKind.values());
        prefixed(keys, "arenaType.", no.veiviser.organisation.ArenaType.values());
        prefixed(keys, "relationship.", no.veiviser.programme.RelationshipKind.values());
        prefixed(keys, "activityType.", no.veiviser.portfolio.ActivityType.values());
        prefixed(keys, "activityStatus.", no.veiviser.portfolio.ActivityStatus.values());
        prefixed(keys, "goalStatus.", no.veiviser.approval.AssessmentStatus.values());
        keys.add("goalStatus.NOT_STARTED");
        prefixed(keys, "basis.event.", no.veiviser.approval.AssessmentEvent.Kind.values());
        prefixed(keys, "basis.role.", no.veiviser.approval.AssessmentEvent.Role.values());
        prefixed(keys, "profession.", no.veiviser.identity.Profession.values());
        keys.add("activity.history.SIGNED");
        keys.add("activity.history.REJECTED");
        keys.addAll(List.of("veileder.notQualified", "veileder.exemptionExpired", "veileder.exemptionEndsSoon",
                "relationship.self", "relationship.beforeCurrent", "relationship.alreadySupervisor",
                "relationship.endBeforeStart", "activity.goals.required", "activity.goals.unknown",
                "activity.shift.invalid", "activity.notSendable", "activity.signer.notRelated",
                "activity.reject.reasonRequired", "activity.notCandidate", "approval.notSubmittable",
                "approval.alreadyRecommended", "approval.reasonRequired", "approval.missing.both",
                "approval.missing.veileder", "approval.missing.supervisor", "approval.missing.secondPerson"));
        prefixed(keys, "serviceStatus.", no.veiviser.programme.ServiceRecordStatus.values());
        prefixed(keys, "serviceCategory.", no.veiviser.programme.ServiceCategory.values());
        prefixed(keys, "absenceType.", no.veiviser.programme.AbsenceType.values());
        prefixed(keys, "requirementStatus.", no.veiviser.requirements.Status.values());
        keys.addAll(List.of("unit.MONTHS", "unit.HOURS"));
        for (var programme : no.veiviser.requirements.ReadinessInput.Programme.values()) {
            no.veiviser.requirements.ReadinessEngine.evaluate(new no.veiviser.requirements.ReadinessInput(programme,
                    java.time.LocalDate.of(2024, 1, 1), null, null, null, null, null, null, null, null, null, null, null,
                    null)).requirements().forEach(requirement -> keys.add("requirement." + requirement.id()));
        }
        keys.addAll(List.of("serviceRecord.from.required", "serviceRecord.to.required", "serviceRecord.to.beforeFrom",
                "serviceRecord.category.required", "serviceRecord.positionPercent.range", "serviceRecord.employer.tooLong",
                "serviceRecord.absenceType.required", "serviceRecord.shiftStart.required", "serviceRecord.shiftEnd.required",
                "serviceRecord.shiftEnd.beforeStart", "serviceRecord.shiftEnd.future", "serviceRecord.shift.overlaps",
                "serviceRecord.reject.reasonRequired", "serviceRecord.time.invalid"));
        for (var audience : no.veiviser.programme.Audience.values()) {
            if (audience.logged()) {
                keys.add("access.part." + audience.name());
            }
        }
        for (var basis : no.veiviser.programme.AccessBasis.values()) {
            if (basis != no.veiviser.programme.AccessBasis.SELF && basis != no.veiviser.programme.AccessBasis.SYSTEM) {
                keys.add("access.basis." + basis.name());
            }
        }
        prefixed(keys, "audit.chain.reason.", no.veiviser.audit.ChainBreak.Reason.values());
        auditActions().forEach(action -> keys.add("audit.action." + action));
        Set<String> norwegianKeys = NORWEGIAN.stringPropertyNames();
        assertThat(norwegianKeys).containsAll(keys);
    }

    /**
     * An error summary names the field of each error ("Fra og med: …"), so every field the code refuses
     * input on has a name in both languages.
     */
    @Test
    void everyRefusedFieldHasAName() {
        Set<String> fields = sourceMatches(Pattern.compile(
                "(?:InvalidInputException|InvalidReadinessInput|reject|requireText|maxLength|rejectDate)\\(\"([a-zA-Z0-9]+)\""
                        + "|require\\([^;]*?, \"([a-zA-Z0-9]+)\", \"[a-zA-Z.]+\""));
        assertThat(fields).as("refused fields found").contains("from", "positionPercent", "goalCodes").hasSizeGreaterThan(40);
        List<String> unnamed = fields.stream().filter(field -> !NORWEGIAN.containsKey("field." + field)).toList();
        assertThat(unnamed).as("fields without field.<name>").isEmpty();
    }

    private static Set<String> sourceMatches(Pattern pattern) {
        Set<String> found = new java.util.TreeSet<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /**
     * Every action an audited event can carry: the string each event's {@code action()} returns in
     * the sources, and {@code goal.<step>} for each assessment step.
     */
    private static Set<String> auditActions() {
        Set<String> actions = new java.util.TreeSet<>();
        Pattern action = Pattern.compile("String action\\(\\) \\{\\s*return \"([a-zA-Z.]+)\";");
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = action.matcher(Files.readString(file));
                while (matcher.find()) {
                    actions.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (var step : no.veiviser.approval.AssessmentEvent.Kind.values()) {
            actions.add("goal." + step.name().toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(actions).as("audited actions found").hasSizeGreaterThan(30);
        return actions;
    }

    private static void prefixed(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            keys.add(prefix + value.name());
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
