package no.veiviser.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzes every operation the OpenAPI description lists, for a bounded time: bodies generated from
 * each operation's schema, with hostile values mixed in (control characters, over-long text, numbers
 * beyond any sense, years beyond the calendar, unknown enum values and ids, wrong types, broken JSON),
 * path ids that exist, belong to someone else or do not exist, sent as a candidate, her department
 * head, her veileder and her approver. No answer may be a 500. The seed is logged; repeat a run with
 * {@code -Dfuzz.seed=…}, and give it longer with {@code -Dfuzz.seconds=…}.
 */
@IntegrationTest
class ApiFuzzTest {

    private static final Logger log = LoggerFactory.getLogger(ApiFuzzTest.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final List<String> HOSTILE_TEXT = List.of("", " ", "\u0000", "a\u0000b", "\u0007\u001b[31m",
            "\ud800", "x".repeat(20_001), "<script>alert(1)</script>", "' or 1=1 --", "😀".repeat(50), "%00",
            "ALM-999", "../../etc/passwd", "null");
    private static final List<String> HOSTILE_DATES = List.of("+999999999-01-01", "-999999999-12-31", "2026-02-31",
            "0000-01-01", "1899-12-31", "2200-01-01", "26-11-02", "2026-11-02T25:00", "i morgen");
    private static final List<Object> HOSTILE_NUMBERS = List.of(1e308, -1e308, 123456.7, 0.00001, -1, 0,
            Long.MAX_VALUE, "NaN", "12,5", 9.999999999999999e22);

    @LocalServerPort
    int port;

    @Autowired
    FreshCandidates fresh;

    private final JsonMapper json = JsonMapper.builder().build();

    private record Operation(String method, String path, JsonNode schema) {
    }

    private record Failure(String caller, String method, String path, String body, int status) {
    }

    @Test
    void noOperationAnswers500() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Duration budget = Duration.ofSeconds(Long.getLong("fuzz.seconds", 40));
        Random random = new Random(seed);
        FreshCandidates.FreshCandidate alis = fresh.alis();
        ApiCaller candidate = new ApiCaller(port, alis.username(), FreshCandidates.PASSWORD);
        List<ApiCaller> callers = List.of(candidate,
                new ApiCaller(port, fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD),
                new ApiCaller(port, "kari.nordby", "demo"), new ApiCaller(port, "tone.haugland", "demo"));
        List<String> ids = realIds(candidate, alis);
        JsonNode description = candidate.get("/v3/api-docs").json();
        List<Operation> operations = operations(description);
        assertThat(operations).as("the operations of the OpenAPI description").hasSizeGreaterThan(20);

        List<Failure> failures = new ArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        int calls = 0;
        while (System.nanoTime() < deadline) {
            Operation operation = operations.get(random.nextInt(operations.size()));
            ApiCaller caller = callers.get(random.nextInt(callers.size()));
            String path = path(operation.path(), ids, random);
            String body = operation.schema() == null ? null : body(operation.schema(), description, random);
            ApiCaller.Answer answer = caller.send(operation.method(), path, body);
            calls++;
            if (answer.status() >= 500) {
                failures.add(new Failure(caller.username(), operation.method(), path,
                        body == null ? null : abbreviated(body), answer.status()));
            }
        }
        log.info("API fuzz: {} calls to {} operations in {} s, seed {}, {} answered 500", calls, operations.size(),
                budget.toSeconds(), seed, failures.size());
        assertThat(failures).as("calls that answered 500 (seed " + seed + ")").isEmpty();
    }

    /** Ids that exist: the candidate's own, her activity, and ids nobody has. */
    private static List<String> realIds(ApiCaller candidate, FreshCandidates.FreshCandidate alis) {
        String activity = candidate.post("/api/v1/activities", """
                {"type":"OTHER","description":"Fuzz","performedOn":"2026-11-02","goalCodes":["ALM-001"]}""")
                .json().path("id").asString();
        return List.of(alis.id().toString(), activity, UUID.randomUUID().toString(), "ALM-001", "not-an-id",
                "%00", "9".repeat(40), "00000000-0000-0000-0000-000000000000");
    }

    private static List<Operation> operations(JsonNode description) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode schema = operation.getValue().path("requestBody").path("content")
                        .path("application/json").path("schema");
                operations.add(new Operation(operation.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        schema.isMissingNode() ? null : schema));
            }
        }
        return operations;
    }

    /** Mostly the id the segment asks for (her own id after candidates/, her activity after activities/). */
    private static String path(String template, List<String> ids, Random random) {
        Matcher variable = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String before = template.substring(0, variable.start());
            String id = random.nextInt(10) < 7 && before.endsWith("candidates/") ? ids.get(0)
                    : random.nextInt(10) < 7 && before.endsWith("activities/") ? ids.get(1)
                    : random.nextInt(10) < 7 && before.endsWith("goals/") ? "ALM-0%02d".formatted(1 + random.nextInt(88))
                    : ids.get(random.nextInt(ids.size()));
            variable.appendReplacement(path, Matcher.quoteReplacement(id));
        }
        variable.appendTail(path);
        return path.toString();
    }

    /**
     * Mostly a valid body with one hostile value (one fault at a time reaches the code behind the
     * checks of the other fields); now and then broken JSON or a body of the wrong shape.
     */
    private String body(JsonNode schema, JsonNode description, Random random) {
        int roll = random.nextInt(40);
        if (roll == 0) {
            return "{\"broken\":";
        }
        if (roll == 1) {
            return "[".repeat(5_000);
        }
        if (roll == 2) {
            return "null";
        }
        JsonNode body = value(schema, description, random, 0, false);
        int faults = roll < 6 ? 0 : roll < 34 ? 1 : 2;
        for (int i = 0; i < faults; i++) {
            body = withOneHostileValue(body, schema, description, random);
        }
        return json.writeValueAsString(body);
    }

    private JsonNode withOneHostileValue(JsonNode body, JsonNode schema, JsonNode description, Random random) {
        JsonNode resolved = resolve(schema, description);
        if (!(body instanceof ObjectNode object) || !resolved.has("properties")) {
            return value(schema, description, random, 0, true);
        }
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(resolved.path("properties").properties());
        Map.Entry<String, JsonNode> property = properties.get(random.nextInt(properties.size()));
        JsonNode current = object.get(property.getKey());
        object.set(property.getKey(), current instanceof ObjectNode && random.nextBoolean()
                ? withOneHostileValue(current, property.getValue(), description, random)
                : value(property.getValue(), description, random, 1, true));
        return object;
    }

    private JsonNode value(JsonNode schema, JsonNode description, Random random, int depth, boolean hostile) {
        JsonNode resolved = resolve(schema, description);
        String type = resolved.path("type").asString("object");
        if (hostile && random.nextInt(5) == 0) {
            return wrongType(type, random);
        }
        return switch (type) {
            case "object" -> object(resolved, description, random, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = hostile ? random.nextInt(3) * 50 : 1 + random.nextInt(2);
                for (int i = 0; i < size && depth < 5; i++) {
                    array.add(value(resolved.path("items"), description, random, depth + 1, hostile && i == 0));
                }
                yield array;
            }
            case "string" -> NODES.stringNode(string(resolved, hostile, random));
            case "number", "integer" -> hostile ? number(random) : NODES.numberNode(1 + random.nextInt(100));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.nullNode();
        };
    }

    private ObjectNode object(JsonNode schema, JsonNode description, Random random, int depth) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (depth < 5) {
                object.set(property.getKey(), value(property.getValue(), description, random, depth + 1, false));
            }
        }
        if (random.nextInt(10) == 0) {
            object.put("unknownProperty", "x");
        }
        return object;
    }

    private static String string(JsonNode schema, boolean hostile, Random random) {
        String format = schema.path("format").asString("");
        if (hostile) {
            return format.startsWith("date") ? pick(HOSTILE_DATES, random) : pick(HOSTILE_TEXT, random);
        }
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size())).asString();
        }
        return switch (format) {
            case "date" -> "2026-%02d-%02d".formatted(1 + random.nextInt(11), 1 + random.nextInt(28));
            case "date-time" -> "2026-10-0%dT16:00:00+02:00".formatted(1 + random.nextInt(9));
            case "uuid" -> UUID.randomUUID().toString();
            default -> random.nextBoolean() ? "ALM-0%02d".formatted(1 + random.nextInt(88)) : "Fuzz " + random.nextInt(1000);
        };
    }

    private static JsonNode number(Random random) {
        Object value = pick(HOSTILE_NUMBERS, random);
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        return value instanceof Long l ? NODES.numberNode(l) : NODES.stringNode(value.toString());
    }

    private static JsonNode wrongType(String type, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> NODES.stringNode("surprise");
            case 1 -> NODES.numberNode(42);
            case 2 -> NODES.arrayNode().add(type);
            default -> NODES.objectNode().put("nested", type);
        };
    }

    private static JsonNode resolve(JsonNode schema, JsonNode description) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String name = current.path("$ref").asString().replace("#/components/schemas/", "");
            current = description.path("components").path("schemas").path(name);
        }
        if (current.has("allOf") || current.has("oneOf")) {
            return resolve((current.has("allOf") ? current.path("allOf") : current.path("oneOf")).get(0), description);
        }
        return current;
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
