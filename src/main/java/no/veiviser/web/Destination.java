package no.veiviser.web;

import static no.veiviser.identity.Role.ADMINISTRATOR;
import static no.veiviser.identity.Role.CATALOG_ADMINISTRATOR;
import static no.veiviser.identity.Role.APPROVER;
import static no.veiviser.identity.Role.CANDIDATE;
import static no.veiviser.identity.Role.DEPARTMENT_HEAD;
import static no.veiviser.identity.Role.SUPERVISOR;
import static no.veiviser.identity.Role.VEILEDER;

import java.util.EnumSet;
import java.util.Set;
import no.veiviser.identity.Role;

/**
 * The places a person can go, and who sees them in the navigation. Labels and descriptions are in
 * the message bundles under {@code nav.<key>} and {@code nav.<key>.description}.
 */
public enum Destination {
    HOME("home", "/", EnumSet.allOf(Role.class)),
    GOALS("goals", "/goals", EnumSet.of(CANDIDATE)),
    ACTIVITIES("activities", "/activities", EnumSet.of(CANDIDATE)),
    PROGRESS("progress", "/progress", EnumSet.of(CANDIDATE)),
    SERVICE("service", "/service", EnumSet.of(CANDIDATE)),
    INDIVIDUAL_PLAN("individualPlan", "/individual-plan", EnumSet.of(CANDIDATE)),
    GUIDANCE("guidance", "/guidance", EnumSet.of(CANDIDATE, VEILEDER)),
    GUIDANCE_GROUPS("guidanceGroups", "/guidance/groups", EnumSet.of(DEPARTMENT_HEAD, SUPERVISOR)),
    CANDIDATES("candidates", "/candidates", EnumSet.of(VEILEDER, SUPERVISOR, APPROVER, DEPARTMENT_HEAD)),
    SIGNING("signing", "/signing", EnumSet.of(VEILEDER, SUPERVISOR)),
    RECOMMENDATIONS("recommendations", "/recommendations", EnumSet.of(VEILEDER, SUPERVISOR)),
    APPROVALS("approvals", "/approvals", EnumSet.of(APPROVER)),
    PLACEMENT("placement", "/placement", EnumSet.of(DEPARTMENT_HEAD)),
    FUNDING("funding", "/funding", EnumSet.of(DEPARTMENT_HEAD)),
    ORGANISATION_ACCESS_LOG("organisationAccessLog", "/candidates/access-log", EnumSet.of(DEPARTMENT_HEAD)),
    ACCESS_LOG("accessLog", "/access-log", EnumSet.of(CANDIDATE)),
    ORGANISATION("organisation", "/admin/organisation", EnumSet.of(ADMINISTRATOR)),
    CATALOGS("catalogs", "/admin/catalogs", EnumSet.of(CATALOG_ADMINISTRATOR)),
    USERS("users", "/admin/users", EnumSet.of(ADMINISTRATOR)),
    AUDIT("audit", "/admin/audit", EnumSet.of(ADMINISTRATOR)),
    OUTBOX("outbox", "/admin/outbox", EnumSet.of(ADMINISTRATOR)),
    PLAN("plan", "/plan", EnumSet.allOf(Role.class)),
    GOAL_CATALOG("goalCatalog", "/catalog", EnumSet.allOf(Role.class)),
    API_TOKENS("apiTokens", "/account/api-tokens", EnumSet.allOf(Role.class));

    private final String key;
    private final String path;
    private final Set<Role> roles;

    Destination(String key, String path, Set<Role> roles) {
        this.key = key;
        this.path = path;
        this.roles = roles;
    }

    public String labelKey() {
        return "nav." + key;
    }

    public String descriptionKey() {
        return "nav." + key + ".description";
    }

    public String path() {
        return path;
    }

    public boolean isFor(Role role) {
        return roles.contains(role);
    }

    public boolean isForAnyOf(Set<Role> someRoles) {
        return someRoles.stream().anyMatch(roles::contains);
    }
}
