package no.veiviser.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.identity.Profession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A change and its audit record commit or roll back together; the log is append-only. */
@IntegrationTest
class AuditLogTest {

    @Autowired
    People people;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FreshCandidates fresh;

    @Test
    void aChangeIsRecordedWithWhoDidIt() {
        Actor admin = fresh.actor("admin");
        Person person = people.register(newPerson("Audun"), admin);
        assertThat(auditLog.about("person", person.id().toString(), 10))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("person.registered");
                    assertThat(entry.actor()).isEqualTo(admin.personId().toString());
                });
    }

    @Test
    void aRolledBackChangeLeavesNoRecord() {
        Person[] registered = new Person[1];
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            registered[0] = people.register(newPerson("Rolf"), fresh.actor("admin"));
            people.createLocalAccount(registered[0].id(), "admin", "x", fresh.actor("admin")); // username taken: fails
        })).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        assertThat(people.find(registered[0].id())).isEmpty();
        assertThat(auditLog.about("person", registered[0].id().toString(), 10)).isEmpty();
    }

    @Test
    void recordsCannotBeChangedOrDeleted() {
        people.register(newPerson("Ulla"), Actor.system());
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else'").update())
                .as("the application's role").rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .as("the application's role").rootCause().hasMessageContaining("permission denied");
        var owner = org.springframework.jdbc.core.simple.JdbcClient.create(
                no.veiviser.shared.database.DatabaseAdministrator.owner());
        assertThatThrownBy(() -> owner.sql("update audit_event set actor = 'someone else'").update())
                .as("the owner of the table").rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from audit_event").update())
                .as("the owner of the table").rootCause().hasMessageContaining("append-only");
    }

    private static NewPerson newPerson(String givenName) {
        return new NewPerson(givenName, "Testesen", null, Profession.PHYSICIAN, null);
    }
}
