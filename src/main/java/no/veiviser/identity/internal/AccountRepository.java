package no.veiviser.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.veiviser.identity.LocalAccountSummary;
import no.veiviser.identity.Role;
import no.veiviser.identity.UserAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    /** An account as sign-in needs it: who, how to check the password, and the roles. */
    public record SignInAccount(UUID personId, String username, String passwordHash, boolean enabled,
                                String displayName, UUID organisationId, Set<Role> roles) {
    }

    private static final String SIGN_IN_QUERY = """
            select a.person_id, a.username, a.password_hash, a.enabled,
                   p.given_name || ' ' || p.family_name as display_name,
                   (array_agg(r.organisation_id order by r.organisation_id))[1] as organisation_id,
                   coalesce(array_agg(distinct r.role) filter (where r.role is not null), '{}') as roles
              from account a
              join person p on p.id = a.person_id
              left join person_role r on r.person_id = a.person_id
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertLocal(UUID personId, String username, String passwordHash, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into account (person_id, username, password_hash, created_at, created_by, changed_at, changed_by)
                values (:personId, :username, :hash, :now, :actor, :now, :actor)
                """)
                .param("personId", personId)
                .param("username", username)
                .param("hash", passwordHash)
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public Optional<SignInAccount> findByUsername(String username) {
        return jdbc.sql(SIGN_IN_QUERY + " where lower(a.username) = lower(:username) group by a.person_id, p.id")
                .param("username", username)
                .query(AccountRepository::signInAccount)
                .optional();
    }

    /** Everyone with a role in the organisation, with her roles there and where her account stands. */
    public List<UserAccount> usersOf(UUID organisationId, OffsetDateTime now) {
        return jdbc.sql("""
                select p.id, p.given_name, p.family_name, p.email, p.profession, p.title,
                       array_agg(distinct r.role) as roles, a.enabled,
                       exists (select 1 from invitation i where i.person_id = p.id and i.accepted_at is null
                                  and i.expires_at > :now) as invited
                  from person p
                  join person_role r on r.person_id = p.id and r.organisation_id = :organisationId
                  left join account a on a.person_id = p.id
                 group by p.id, a.enabled
                 order by p.family_name, p.given_name, p.id
                """)
                .param("organisationId", organisationId).param("now", now)
                .query((rs, row) -> new UserAccount(PersonRepository.person(rs, row), roles(rs.getArray("roles")),
                        rs.getObject("enabled") == null
                                ? (rs.getBoolean("invited") ? UserAccount.Status.INVITED : UserAccount.Status.NONE)
                                : rs.getBoolean("enabled") ? UserAccount.Status.ACTIVE : UserAccount.Status.DEACTIVATED))
                .list();
    }

    /** Opens or closes the person's account; false when she has none, or it already was so. */
    public boolean setEnabled(UUID personId, boolean enabled, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update account set enabled = :enabled, changed_at = :now, changed_by = :actor, version = version + 1
                 where person_id = :personId and enabled <> :enabled
                """)
                .param("personId", personId).param("enabled", enabled).param("now", now).param("actor", actor)
                .update() == 1;
    }

    public Optional<SignInAccount> findByPerson(UUID personId) {
        return jdbc.sql(SIGN_IN_QUERY + " where a.person_id = :personId group by a.person_id, p.id")
                .param("personId", personId)
                .query(AccountRepository::signInAccount)
                .optional();
    }

    public Optional<SignInAccount> findByExternalSubject(String subject) {
        return jdbc.sql(SIGN_IN_QUERY + " where a.external_subject = :subject group by a.person_id, p.id")
                .param("subject", subject)
                .query(AccountRepository::signInAccount)
                .optional();
    }

    /**
     * Links an OIDC subject to a person: to her existing account, or to a new account without a
     * password whose username is derived from her id.
     */
    public void linkExternalSubject(UUID personId, String subject, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into account (person_id, username, external_subject, created_at, created_by, changed_at, changed_by)
                values (:personId, 'helseid-' || :personId, :subject, :now, :actor, :now, :actor)
                on conflict (person_id) do update set external_subject = excluded.external_subject,
                       changed_at = excluded.changed_at, changed_by = excluded.changed_by, version = account.version + 1
                """)
                .param("personId", personId).param("subject", subject).param("now", now).param("actor", actor).update();
    }

    public boolean existsForPerson(UUID personId) {
        return jdbc.sql("select exists (select 1 from account where person_id = :id)")
                .param("id", personId).query(Boolean.class).single();
    }

    public boolean existsByUsername(String username) {
        return jdbc.sql("select exists (select 1 from account where lower(username) = lower(:username))")
                .param("username", username)
                .query(Boolean.class)
                .single();
    }

    public List<LocalAccountSummary> summaries(UUID organisationId) {
        return jdbc.sql("""
                select a.username, p.given_name || ' ' || p.family_name as display_name, p.title,
                       array_agg(distinct r.role) as roles
                  from account a
                  join person p on p.id = a.person_id
                  join person_role r on r.person_id = a.person_id and r.organisation_id = :organisationId
                 where a.password_hash is not null and a.enabled
                 group by a.username, p.given_name, p.family_name, p.title
                 order by min(array_position(array['ADMINISTRATOR','APPROVER','DEPARTMENT_HEAD','VEILEDER',
                                                    'SUPERVISOR','CANDIDATE'], r.role)), p.family_name, p.given_name
                """)
                .param("organisationId", organisationId)
                .query((rs, row) -> new LocalAccountSummary(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("title"), roles(rs.getArray("roles"))))
                .list();
    }

    private static SignInAccount signInAccount(ResultSet rs, int row) throws SQLException {
        return new SignInAccount(rs.getObject("person_id", UUID.class), rs.getString("username"),
                rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getString("display_name"),
                rs.getObject("organisation_id", UUID.class), roles(rs.getArray("roles")));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        if (names.length == 0) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(names).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
