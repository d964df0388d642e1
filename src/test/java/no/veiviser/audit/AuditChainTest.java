package no.veiviser.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.audit.ChainBreak.Reason;
import no.veiviser.shared.database.DatabaseAdministrator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail is tamper-evident: a database superuser who bypasses the append-only trigger and
 * changes, deletes, inserts or reorders rows is found, at the row where it happened; rewriting the
 * chain consistently is found against a checkpoint saved before. Every tampering is undone again, so
 * the shared test database keeps an intact trail.
 */
@IntegrationTest
class AuditChainTest {

    /** The canonical text and hash of a row, as V17 defines them, for an attacker who knows the scheme. */
    private static final String REHASH = """
            update audit_event e set hash = sha256(coalesce(e.previous_hash, ''::bytea) || convert_to(jsonb_build_array(
                e.chain, e.seq, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                e.actor, e.action, e.subject_type, e.subject_id, e.details, e.organisation_id)::text, 'UTF8'))
             where chain = ? and seq = ?""";

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    /** The attacker: a database superuser, who alone can get past the triggers. */
    private final JdbcTemplate superuser = DatabaseAdministrator.superuserJdbc();
    private final TransactionTemplate superuserTransactions =
            DatabaseAdministrator.transactionsOf(superuser.getDataSource());

    private UUID organisation;
    private String chainKey;
    private MockHttpSession admin;
    /** The chain's rows before the three changes (its organisation's creation, roles, the sign-in). */
    private long base;

    /** Three audited changes by an administrator of a fresh organisation: a chain of three rows of its own. */
    @BeforeEach
    void aChainOfThree() throws Exception {
        FreshCandidates.FreshCandidate candidate = fresh.alis();
        organisation = candidate.organisationId();
        chainKey = organisation.toString();
        admin = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(fresh.administratorOf(candidate)).password(FreshCandidates.PASSWORD))
                .andReturn().getRequest().getSession(false);
        for (boolean required : new boolean[] {true, false, true}) {
            mvc.perform(post("/admin/organisation/approval-settings").session(admin).with(csrf())
                    .param("veilederJustificationRequired", String.valueOf(required)))
                    .andExpect(status().is3xxRedirection());
        }
        base = verify().rows() - 3;
        assertThat(jdbc.queryForList("select action from audit_event where chain = ? and seq > ? order by seq",
                String.class, chainKey, base)).containsOnly("organisation.veilederJustification").hasSize(3);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aChangedRowIsFoundWhereItWasChanged() {
        tamper(sql -> sql.update("update audit_event set action = 'organisation.created' where chain = ? and seq = ?",
                chainKey, s(2)), Reason.CONTENT_CHANGED, s(2));
    }

    @Test
    void aDeletedRowIsFound() {
        Map<String, Object> second = row(s(2));
        tamper(sql -> sql.update("delete from audit_event where chain = ? and seq = ?", chainKey, s(2)),
                Reason.SEQUENCE_BROKEN, s(3), nothing -> { }, sql -> reinsert(sql, second));
    }

    @Test
    void aDeletedLastRowIsFound() {
        Map<String, Object> third = row(s(3));
        tamper(sql -> sql.update("delete from audit_event where chain = ? and seq = ?", chainKey, s(3)),
                Reason.HEAD_MISMATCH, s(2), nothing -> { }, sql -> reinsert(sql, third));
    }

    @Test
    void anInsertedRowIsFound() {
        tamper(sql -> {
            sql.update("update audit_event set seq = -(seq + 1) where chain = ? and seq >= ?", chainKey, s(2));
            sql.update("update audit_event set seq = -seq where chain = ? and seq < 0", chainKey);
            sql.update("""
                    insert into audit_event (occurred_at, actor, action, subject_type, subject_id, details,
                                             organisation_id, chain, seq, previous_hash, hash)
                    select occurred_at, actor, 'organisation.veilederJustification', subject_type, subject_id,
                           '{"required": true}', organisation_id, chain, ?, hash, hash
                      from audit_event where chain = ? and seq = ?""", s(2), chainKey, s(1));
            sql.update(REHASH, chainKey, s(2));
        }, Reason.LINK_BROKEN, s(3), nothing -> { }, sql -> {
            sql.update("delete from audit_event where chain = ? and seq = ?", chainKey, s(2));
            sql.update("update audit_event set seq = -(seq - 1) where chain = ? and seq >= ?", chainKey, s(3));
            sql.update("update audit_event set seq = -seq where chain = ? and seq < 0", chainKey);
        });
    }

    @Test
    void reorderedRowsAreFound() {
        tamper(this::swapFirstTwo, Reason.LINK_BROKEN, s(1), nothing -> { }, this::swapFirstTwo);
    }

    @Test
    void aChainRewrittenFromTheChangeOnIsFoundAgainstASavedCheckpoint() {
        List<ChainHead> saved = chain.checkpointOf(organisation);
        Map<String, Object> second = row(s(2));
        Map<String, Object> third = row(s(3));
        superuserTransactions.executeWithoutResult(status -> {
            superuser.execute("set local session_replication_role = replica");
            superuser.update("update audit_event set action = 'organisation.created' where chain = ? and seq = ?", chainKey, s(2));
            superuser.update(REHASH, chainKey, s(2));
            superuser.update("update audit_event set previous_hash = (select hash from audit_event where chain = ? and seq = ?)"
                    + " where chain = ? and seq = ?", chainKey, s(2), chainKey, s(3));
            superuser.update(REHASH, chainKey, s(3));
            superuser.update("update audit_chain_head set last_hash = (select hash from audit_event where chain = ? and seq = ?)"
                    + " where chain = ?", chainKey, s(3), chainKey);
        });
        assertThat(verify().intact()).as("a consistent rewrite passes the chain alone").isTrue();
        ChainVerification against = chain.verifyOrganisation(organisation, saved);
        assertThat(against.breaks()).singleElement().satisfies(broken -> {
            assertThat(broken.reason()).isEqualTo(Reason.CHECKPOINT_MISMATCH);
            assertThat(broken.seq()).isEqualTo(s(3));
        });
        superuserTransactions.executeWithoutResult(status -> {
            superuser.execute("set local session_replication_role = replica");
            superuser.update("delete from audit_event where chain = ? and seq in (?, ?)", chainKey, s(2), s(3));
            reinsert(superuser, second);
            reinsert(superuser, third);
            superuser.update("update audit_chain_head set last_hash = ? where chain = ?", third.get("hash"), chainKey);
        });
        assertThat(chain.verifyOrganisation(organisation, saved).intact()).isTrue();
    }

    @Test
    void theAdministratorVerifiesHerOrganisationAndDownloadsACheckpoint() throws Exception {
        String checkpoint = mvc.perform(get("/admin/audit/checkpoint.json").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Checkpoints.read(checkpoint)).singleElement()
                .satisfies(head -> assertThat(head.seq()).isEqualTo(s(3)));

        String page = mvc.perform(multipart("/admin/audit/verify")
                        .file(new MockMultipartFile("checkpoint", "sjekkpunkt.json", "application/json",
                                checkpoint.getBytes(StandardCharsets.UTF_8)))
                        .session(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Loggen er uendret og stemmer med sjekkpunktet: " + s(3) + " hendelser kontrollert.");

        tamper(sql -> sql.update("update audit_event set actor = 'system' where chain = ? and seq = ?", chainKey, s(2)),
                Reason.CONTENT_CHANGED, s(2), broken -> {
                    try {
                        String shown = mvc.perform(post("/admin/audit/verify").session(admin).with(csrf()))
                                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                        assertThat(shown).contains("Loggen er endret ved hendelse nr. " + s(2) + ":")
                                .contains("innholdet i hendelsen er endret etter at den ble skrevet.");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @Test
    void theCommandLineVerifiesEveryChainAndASavedCheckpoint(@TempDir Path folder) throws Exception {
        Path saved = folder.resolve("sjekkpunkt.json");
        Files.writeString(saved, Checkpoints.write(chain.checkpoint(), "test"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = AuditCommand.run(chain, new String[] {"verify", saved.toString()}, new PrintStream(out, true),
                new PrintStream(err, true));

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Revisjonsloggen er uendret:").contains("stemmer med sjekkpunktet");
        assertThat(AuditCommand.run(chain, new String[] {"rewrite"}, new PrintStream(out), new PrintStream(err)))
                .isEqualTo(1);
    }

    private ChainVerification verify() {
        return chain.verifyOrganisation(organisation, List.of());
    }

    /** Tampers as a superuser would (triggers off), checks the break, and undoes the tampering. */
    private void tamper(Consumer<JdbcTemplate> change, Reason reason, long seq) {
        tamper(change, reason, seq, ignored -> { });
    }

    /** The same, and lets {@code whileBroken} look at the broken trail before it is restored. */
    private void tamper(Consumer<JdbcTemplate> change, Reason reason, long seq, Consumer<Object> whileBroken) {
        Map<String, Object> original = row(seq);
        tamper(change, reason, seq, whileBroken, sql -> {
            sql.update("delete from audit_event where chain = ? and seq = ?", chainKey, seq);
            reinsert(sql, original);
        });
    }

    private void tamper(Consumer<JdbcTemplate> change, Reason reason, long seq, Consumer<Object> whileBroken,
                        Consumer<JdbcTemplate> undo) {
        asSuperuser(change);
        ChainVerification verification = verify();
        assertThat(verification.breaks()).singleElement().satisfies(broken -> {
            assertThat(broken.reason()).isEqualTo(reason);
            assertThat(broken.seq()).isEqualTo(seq);
        });
        whileBroken.accept(null);
        asSuperuser(undo);
        assertThat(verify().intact()).as("the trail is whole again").isTrue();
    }

    private void asSuperuser(Consumer<JdbcTemplate> statements) {
        superuserTransactions.executeWithoutResult(status -> {
            superuser.execute("set local session_replication_role = replica");
            statements.accept(superuser);
        });
    }

    private void swapFirstTwo(JdbcTemplate sql) {
        sql.update("update audit_event set seq = -1 where chain = ? and seq = ?", chainKey, s(1));
        sql.update("update audit_event set seq = ? where chain = ? and seq = ?", s(1), chainKey, s(2));
        sql.update("update audit_event set seq = ? where chain = ? and seq = -1", s(2), chainKey);
    }

    /** The position of the k-th of the three changes in the chain. */
    private long s(int k) {
        return base + k;
    }

    private Map<String, Object> row(long seq) {
        return jdbc.queryForMap("select * from audit_event where chain = ? and seq = ?", chainKey, seq);
    }

    private static void reinsert(JdbcTemplate sql, Map<String, Object> row) {
        sql.update("""
                insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id, details,
                                         organisation_id, chain, seq, previous_hash, hash)
                overriding system value values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)""",
                row.get("id"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("subject_type"),
                row.get("subject_id"), row.get("details").toString(), row.get("organisation_id"), row.get("chain"),
                row.get("seq"), row.get("previous_hash"), row.get("hash"));
    }
}
