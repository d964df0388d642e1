package no.veiviser.shared.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Veiviser runs as a role that reads and writes rows and cannot rewrite history; the migrations run as
 * the owner of the schema ({@code spring.flyway.user}, embedded: {@code veiviser_owner}). After every
 * migration the grants are made to whatever role the application connects as (afterMigrate.sql), and
 * the application refuses to start when that role could alter or erase history.
 */
@Configuration(proxyBeanMethods = false)
class LeastPrivilegeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LeastPrivilegeConfiguration.class);

    @Bean
    FlywayConfigurationCustomizer applicationRoleForGrants(DataSource dataSource) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("application_role", ApplicationRole.name(dataSource));
            configuration.placeholders(placeholders);
        };
    }

    /** Runs once every bean is made, so after the migrations. */
    @Bean
    SmartInitializingSingleton applicationRoleCheck(DataSource dataSource,
            @Value("${veiviser.database.allow-privileged-role:false}") boolean allowPrivilegedRole) {
        return () -> {
            List<String> powers = ApplicationRole.powersOverHistory(dataSource);
            if (powers.isEmpty()) {
                return;
            }
            String message = "Veiviser connects to its database as a role that " + String.join(", ", powers)
                    + ". Run it as a role that may only read and write rows, and migrate as the owner "
                    + "(spring.flyway.user; docs/operations.md).";
            if (!allowPrivilegedRole) {
                throw new IllegalStateException(message
                        + " To start anyway, set veiviser.database.allow-privileged-role=true.");
            }
            log.warn("{} Started anyway: veiviser.database.allow-privileged-role is true.", message);
        };
    }

    /** What the connected role is, and what it could do to the history it should only append to. */
    static final class ApplicationRole {

        private ApplicationRole() {
        }

        static String name(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select current_user")) {
                row.next();
                return row.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not ask the database who Veiviser connects as", e);
            }
        }

        /** Empty for a least-privileged role; otherwise each power in words, for the log. */
        static List<String> powersOverHistory(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("""
                         select r.rolsuper, r.rolbypassrls,
                                exists (select 1 from pg_class c where c.relnamespace = 'public'::regnamespace
                                                                   and c.relowner = r.oid),
                                has_schema_privilege('public', 'CREATE'),
                                has_table_privilege('audit_event', 'UPDATE, DELETE, TRUNCATE')
                           from pg_roles r where r.rolname = current_user
                         """)) {
                row.next();
                List<String> powers = new java.util.ArrayList<>();
                addIf(powers, row.getBoolean(1), "is a superuser");
                addIf(powers, row.getBoolean(2), "bypasses row-level security");
                addIf(powers, row.getBoolean(3), "owns tables (and so can disable their triggers)");
                addIf(powers, row.getBoolean(4), "may create objects in the schema");
                addIf(powers, row.getBoolean(5), "may update, delete or truncate the audit trail");
                return powers;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not check the privileges of Veiviser's database role", e);
            }
        }

        private static void addIf(List<String> powers, boolean holds, String power) {
            if (holds) {
                powers.add(power);
            }
        }
    }
}
