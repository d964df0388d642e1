package no.veiviser.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An invitation link is the invited person's credential: the administrator sees it only until it is mailed. */
class OutboxMessageTest {

    private static final String BODY = "Du er invitert til Veiviser … gjelder i 14 dager: /invitations/Ab3_x-9QzK";

    @Test
    void theLinkIsVisibleWhileTheOutboxIsTheOnlyWayItReachesAnyone() {
        assertThat(message(null).bodyForAdministrator()).isEqualTo(BODY);
    }

    @Test
    void theLinkIsHiddenOnceMailed() {
        assertThat(message(OffsetDateTime.parse("2026-11-22T10:00:00+01:00")).bodyForAdministrator())
                .endsWith("/invitations/…").doesNotContain("Ab3_x-9QzK");
    }

    private static OutboxMessage message(OffsetDateTime deliveredAt) {
        return new OutboxMessage(UUID.randomUUID(), UUID.randomUUID(), "Mona Dahl", "mona@example.no",
                "Invitasjon til Veiviser", BODY, "/invitations/Ab3_x-9QzK", OffsetDateTime.parse("2026-11-22T09:00:00+01:00"),
                deliveredAt);
    }
}
