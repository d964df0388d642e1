package no.veiviser.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** The remembered first answers to API calls with an Idempotency-Key. */
@Repository
class IdempotencyStore {

    /** How long a key is remembered; a retry after that is a new call. */
    static final Duration RETENTION = Duration.ofHours(24);

    record StoredResponse(String requestHash, Integer status, String contentType, byte[] body, String location) {

        boolean finished() {
            return status != null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims the key for a first call, in the caller's transaction; false when the caller has used it
     * before (and it has not expired). A concurrent first call's claim is waited for until it commits.
     */
    boolean claim(String owner, String key, String requestHash) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("delete from idempotency_key where owner = ? and key = ? and created_at < ?")
                .params(owner, key, now.minus(RETENTION)).update();
        return jdbc.sql("""
                        insert into idempotency_key (owner, key, request_hash, created_at, created_by, changed_at, changed_by)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(owner, key, requestHash, now, owner, now, owner).update() == 1;
    }

    Optional<StoredResponse> find(String owner, String key) {
        return jdbc.sql("select request_hash, status, content_type, body, location from idempotency_key where owner = ? and key = ?")
                .params(owner, key)
                .query((rs, row) -> new StoredResponse(rs.getString("request_hash"), (Integer) rs.getObject("status"),
                        rs.getString("content_type"), rs.getBytes("body"), rs.getString("location")))
                .optional();
    }

    void complete(String owner, String key, int status, String contentType, byte[] body, String location) {
        jdbc.sql("""
                        update idempotency_key set status = ?, content_type = ?, body = ?, location = ?, changed_at = ?,
                               changed_by = ?, version = version + 1
                        where owner = ? and key = ?""")
                .params(status, contentType, body, location, OffsetDateTime.now(clock), owner, owner, key).update();
    }

    /** Forgets every key older than the retention, so the table stays the size of a day's writes. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purgeExpired() {
        jdbc.sql("delete from idempotency_key where created_at < ?").param(OffsetDateTime.now(clock).minus(RETENTION)).update();
    }
}
