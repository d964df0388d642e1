package no.veiviser.audit;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file an administrator keeps outside Veiviser: the heads of the audit chains at a moment,
 * {@code {"heads": [{"chain": …, "seq": …, "hash": "<hex>"}]}}.
 */
public final class Checkpoints {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Checkpoints() {
    }

    public static String write(List<ChainHead> heads, String createdAt) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ChainHead head : heads) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("chain", head.chain());
            entry.put("seq", head.seq());
            entry.put("hash", head.hashHex());
            list.add(entry);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("createdAt", createdAt);
        file.put("heads", list);
        return JSON.writeValueAsString(file);
    }

    /** Reads a saved checkpoint; a file that is not one is refused with {@link IllegalArgumentException}. */
    public static List<ChainHead> read(String text) {
        try {
            JsonNode heads = JSON.readTree(text).path("heads");
            if (!heads.isArray()) {
                throw new IllegalArgumentException("no heads");
            }
            List<ChainHead> read = new ArrayList<>();
            for (JsonNode head : heads) {
                String hash = head.path("hash").asString("");
                read.add(new ChainHead(head.required("chain").asString(), head.required("seq").asLong(),
                        hash.isEmpty() ? null : HexFormat.of().parseHex(hash)));
            }
            return read;
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an audit checkpoint: " + e.getMessage(), e);
        }
    }
}
