package no.veiviser.programme.internal;

import java.time.LocalDate;
import java.util.UUID;
import no.veiviser.organisation.RegisteredService;
import no.veiviser.shared.Specialty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts, in one query, the confirmed service of an organisation's candidates within a span of days. */
@Component
class ServiceBeforeRegistration implements RegisteredService {

    private final JdbcClient jdbc;

    ServiceBeforeRegistration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Affected within(UUID organisationId, Specialty specialty, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                select count(*) as periods, count(distinct e.candidate_id) as candidates
                  from service_record r join enrolment e on e.id = r.enrolment_id
                 where e.organisation_id = :organisationId and e.programme = :programme
                   and r.kind = 'PERIOD' and r.status = 'CONFIRMED' and r.from_date < :until and r.to_date >= :from
                """)
                .param("organisationId", organisationId).param("programme", programmeOf(specialty))
                .param("from", from).param("until", until)
                .query((rs, row) -> new Affected(rs.getLong("periods"), rs.getLong("candidates"))).single();
    }

    /** The programme in which a specialty's candidates serve at a municipality. */
    private static String programmeOf(Specialty specialty) {
        return switch (specialty) {
            case ALLMENNMEDISIN -> "ALIS";
            case SAMFUNNSMEDISIN -> "SAMLIS";
        };
    }
}
