package no.veiviser.shared.database;

import static no.veiviser.shared.database.EmbeddedCredentials.APPLICATION_ROLE;
import static no.veiviser.shared.database.EmbeddedCredentials.OWNER_ROLE;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded server's database and its two working roles, made idempotently on every start as the
 * superuser: the owner of the schema (migrations) and the application role (rows only). The grants on
 * the tables themselves follow every migration ({@code db/migration/afterMigrate.sql}).
 */
final class EmbeddedRoles {

    private EmbeddedRoles() {
    }

    static void prepare(EmbeddedPostgres server, String database, EmbeddedCredentials credentials) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            ensureRole(statement, OWNER_ROLE, credentials.owner());
            ensureRole(statement, APPLICATION_ROLE, credentials.application());
            ensureDatabase(statement, database);
            statement.execute("revoke all on database " + database + " from public");
            statement.execute("grant connect on database " + database + " to " + APPLICATION_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database " + database, e);
        }
        try (Connection connection = server.getDatabase(EmbeddedCredentials.SUPERUSER_ROLE, database).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("alter schema public owner to " + OWNER_ROLE);
            statement.execute("revoke create on schema public from public");
            statement.execute(HAND_OVER_OBJECTS_OF_THE_SUPERUSER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand the schema of " + database + " to " + OWNER_ROLE, e);
        }
    }

    private static void ensureRole(Statement statement, String role, String password) throws SQLException {
        try (ResultSet exists = statement.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
            if (!exists.next()) {
                statement.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole noreplication");
            }
        }
        statement.execute("alter role " + role + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                + " password '" + password + "'");
    }

    private static void ensureDatabase(Statement statement, String database) throws SQLException {
        try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
            if (!exists.next()) {
                statement.execute("create database " + database + " owner " + OWNER_ROLE + " encoding 'UTF8'");
                return;
            }
        }
        statement.execute("alter database " + database + " owner to " + OWNER_ROLE);
    }

    /** Data directories from before the roles existed: the superuser made every table; the owner takes them. */
    private static final String HAND_OVER_OBJECTS_OF_THE_SUPERUSER = """
            do $$
            declare
                item record;
            begin
                for item in select c.oid::regclass as name from pg_class c
                             where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
                               and c.relowner <> '%1$s'::regrole
                loop
                    execute format('alter table %%s owner to %1$s', item.name);
                end loop;
                for item in select c.oid::regclass as name from pg_class c
                             where c.relnamespace = 'public'::regnamespace and c.relkind = 'S'
                               and c.relowner <> '%1$s'::regrole
                               and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
                loop
                    execute format('alter sequence %%s owner to %1$s', item.name);
                end loop;
                for item in select p.oid::regprocedure as name from pg_proc p
                             where p.pronamespace = 'public'::regnamespace and p.proowner <> '%1$s'::regrole
                loop
                    execute format('alter function %%s owner to %1$s', item.name);
                end loop;
            end
            $$
            """.formatted(OWNER_ROLE);
}
