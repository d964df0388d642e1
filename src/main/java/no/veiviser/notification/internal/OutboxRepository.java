package no.veiviser.notification.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.notification.OutboxMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OutboxRepository {

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OutboxMessage message, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into outbox_message (id, recipient_id, email, subject, body, link, invitation_id,
                                            created_at, created_by, changed_at, changed_by)
                values (:id, :recipientId, :email, :subject, :body, :link, :invitationId, :now, :actor, :now, :actor)
                """)
                .param("id", message.id()).param("recipientId", message.recipientId()).param("email", message.email())
                .param("subject", message.subject()).param("body", message.body()).param("link", message.link())
                .param("invitationId", message.invitationId())
                .param("now", now).param("actor", actor).update();
    }

    /** The newest messages to people of an organisation, newest first. */
    public List<OutboxMessage> latest(UUID organisationId, int limit) {
        return jdbc.sql("""
                select m.id, m.recipient_id, p.given_name || ' ' || p.family_name as name, m.email, m.subject, m.body,
                       m.link, m.invitation_id, m.created_at, m.delivered_at
                  from outbox_message m join person p on p.id = m.recipient_id
                 where exists (select 1 from person_role r where r.person_id = m.recipient_id
                                  and r.organisation_id = :organisationId)
                 order by m.created_at desc, m.id limit :limit
                """)
                .param("organisationId", organisationId).param("limit", limit)
                .query((rs, row) -> new OutboxMessage(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class),
                        rs.getString("name"), rs.getString("email"), rs.getString("subject"), rs.getString("body"),
                        rs.getString("link"), rs.getObject("invitation_id", UUID.class),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("delivered_at", OffsetDateTime.class)))
                .list();
    }

    /** Undelivered messages with an address, oldest first (V43's index of the waiting ones). */
    public static final String UNDELIVERED = """
            select id, recipient_id, email, subject, body, link, invitation_id, created_at
              from outbox_message
             where delivered_at is null and email is not null
             order by created_at, id limit :limit
               for update skip locked
            """;

    /** Undelivered messages with an address, oldest first, locked so that two nodes never send the same one. */
    public List<OutboxMessage> undeliveredForUpdate(int limit) {
        return jdbc.sql(UNDELIVERED)
                .param("limit", limit)
                .query((rs, row) -> new OutboxMessage(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class),
                        null, rs.getString("email"), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
                        rs.getObject("invitation_id", UUID.class), rs.getObject("created_at", OffsetDateTime.class), null))
                .list();
    }

    public void markDelivered(UUID id, OffsetDateTime at) {
        jdbc.sql("""
                update outbox_message set delivered_at = :at, changed_at = :at, changed_by = 'system', version = version + 1
                 where id = :id""")
                .param("id", id).param("at", at).update();
    }
}
