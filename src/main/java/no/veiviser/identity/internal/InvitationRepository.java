package no.veiviser.identity.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InvitationRepository {

    public record StoredInvitation(UUID id, UUID personId, String email, OffsetDateTime expiresAt,
                                   OffsetDateTime acceptedAt) {
    }

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID personId, String email, String tokenHash, OffsetDateTime expiresAt, String actor,
                       OffsetDateTime now) {
        jdbc.sql("""
                insert into invitation (id, person_id, email, token_hash, expires_at, created_at, created_by, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, personId, email, tokenHash, expiresAt, now, actor, now, actor).update();
    }

    public Optional<StoredInvitation> findByTokenHash(String tokenHash) {
        return jdbc.sql(SELECT + " where token_hash = ?").param(tokenHash).query(InvitationRepository::invitation).optional();
    }

    public Optional<StoredInvitation> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(InvitationRepository::invitation).optional();
    }

    private static final String SELECT = "select id, person_id, email, expires_at, accepted_at from invitation";

    private static StoredInvitation invitation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredInvitation(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("email"), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("accepted_at", OffsetDateTime.class));
    }

    /** The newest open invitation of a person. */
    public Optional<UUID> openOf(UUID personId, OffsetDateTime now) {
        return jdbc.sql("""
                select id from invitation where person_id = ? and accepted_at is null and expires_at > ?
                 order by created_at desc limit 1""")
                .params(personId, now).query(UUID.class).optional();
    }

    /** A new link for an open invitation; false when it was accepted meanwhile. */
    public boolean replaceTokenHash(UUID id, String tokenHash, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update invitation set token_hash = ?, changed_at = ?, changed_by = ?, version = version + 1
                 where id = ? and accepted_at is null""")
                .params(tokenHash, now, actor, id).update() == 1;
    }

    /** Marks an open invitation accepted; false when it was accepted meanwhile. */
    public boolean accept(UUID id, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update invitation set accepted_at = ?, changed_at = ?, changed_by = ?, version = version + 1
                 where id = ? and accepted_at is null""")
                .params(now, now, actor, id).update() == 1;
    }
}
