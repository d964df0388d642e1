package no.veiviser.audit.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import no.veiviser.audit.ChainHead;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit chain as stored, for verification: each row's hashes and canonical text. */
@Repository
public class AuditChainRows {

    /** The chain of rows written by nobody acting for an organisation (the system). */
    public static final String SYSTEM_CHAIN = "system";

    /** One stored row: its place in the chain, its hashes, and the text its hash must cover. */
    public record StoredRow(long id, long seq, byte[] previousHash, byte[] hash, String canonical) {
    }

    private final JdbcClient jdbc;

    AuditChainRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String chainOf(UUID organisationId) {
        return organisationId == null ? SYSTEM_CHAIN : organisationId.toString();
    }

    /** Every chain's head as the database holds it. */
    public List<ChainHead> heads() {
        return jdbc.sql("select chain, last_seq, last_hash from audit_chain_head order by chain")
                .query((rs, row) -> new ChainHead(rs.getString("chain"), rs.getLong("last_seq"), rs.getBytes("last_hash")))
                .list();
    }

    public Optional<ChainHead> head(String chain) {
        return jdbc.sql("select chain, last_seq, last_hash from audit_chain_head where chain = :chain")
                .param("chain", chain)
                .query((rs, row) -> new ChainHead(rs.getString("chain"), rs.getLong("last_seq"), rs.getBytes("last_hash")))
                .optional();
    }

    /**
     * The chain's rows in chain order, one at a time (a chain may hold millions). The canonical text
     * is built by PostgreSQL's own functions, exactly as at append; the hashing is the verifier's.
     */
    public void eachRow(String chain, Consumer<StoredRow> consumer) {
        jdbc.sql("""
                select id, seq, previous_hash, hash,
                       jsonb_build_array(chain, seq,
                                         to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                                         actor, action, subject_type, subject_id, details, organisation_id)::text
                           as canonical
                  from audit_event where chain = :chain order by seq, id
                """)
                .param("chain", chain)
                .query(rs -> {
                    consumer.accept(new StoredRow(rs.getLong("id"), rs.getLong("seq"), rs.getBytes("previous_hash"),
                            rs.getBytes("hash"), rs.getString("canonical")));
                });
    }

    /** The chains that have rows, whether or not a head says so. */
    public List<String> chains() {
        return jdbc.sql("select chain from audit_chain_head union select distinct chain from audit_event order by 1")
                .query(String.class).list();
    }
}
