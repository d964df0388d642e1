package no.veiviser.shell;

import java.time.LocalDate;

/** What the administrator chose to see in the audit log: an action and the days; nulls for everything. */
public record AuditFilter(String action, LocalDate from, LocalDate to) {

    public boolean any() {
        return action != null || from != null || to != null;
    }
}
