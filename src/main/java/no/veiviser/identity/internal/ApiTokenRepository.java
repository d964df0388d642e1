package no.veiviser.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.identity.ApiToken;
import no.veiviser.identity.ApiTokenScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ApiTokenRepository {

    /** A token that may be used now, and whose it is. */
    public record ActiveToken(UUID id, UUID personId, ApiTokenScope scope, OffsetDateTime lastUsedAt) {
    }

    private static final String COLUMNS = "id, name, scope, created_at, expires_at, revoked_at, last_used_at";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID personId, String name, String tokenHash, ApiTokenScope scope,
                       OffsetDateTime expiresAt, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into api_token (id, person_id, name, token_hash, scope, expires_at, created_at, created_by,
                                       changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, personId, name, tokenHash, scope.name(), expiresAt, now, actor, now, actor).update();
    }

    public Optional<ActiveToken> active(String tokenHash, OffsetDateTime now) {
        return jdbc.sql("""
                select id, person_id, scope, last_used_at from api_token
                 where token_hash = ? and revoked_at is null and expires_at > ?""")
                .params(tokenHash, now)
                .query((rs, row) -> new ActiveToken(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        ApiTokenScope.valueOf(rs.getString("scope")), rs.getObject("last_used_at", OffsetDateTime.class)))
                .optional();
    }

    /** The person's tokens, newest first. */
    public List<ApiToken> of(UUID personId) {
        return jdbc.sql("select " + COLUMNS + " from api_token where person_id = ? order by created_at desc, id")
                .param(personId).query(ApiTokenRepository::token).list();
    }

    /** Revokes one of the person's tokens; false when it is not hers or was revoked already. */
    public boolean revoke(UUID id, UUID personId, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update api_token set revoked_at = ?, changed_at = ?, changed_by = ?, version = version + 1
                 where id = ? and person_id = ? and revoked_at is null""")
                .params(now, now, actor, id, personId).update() == 1;
    }

    public boolean belongsTo(UUID id, UUID personId) {
        return jdbc.sql("select count(*) from api_token where id = ? and person_id = ?").params(id, personId)
                .query(Long.class).single() > 0;
    }

    /** Notes a use, at most once a minute per token, so that a busy integration does not write on every call. */
    public void touch(UUID id, OffsetDateTime now) {
        jdbc.sql("""
                update api_token set last_used_at = ?
                 where id = ? and (last_used_at is null or last_used_at < ?)""")
                .params(now, id, now.minusMinutes(1)).update();
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), ApiTokenScope.valueOf(rs.getString("scope")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class));
    }
}
