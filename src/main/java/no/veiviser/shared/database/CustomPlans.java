package no.veiviser.shared.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A statement run often is planned once for any parameters, as if the organisation at hand were of
 * average size. For a list whose best plan depends on who asks (the largest municipality's candidates
 * by name) the cheap plan for the many is the expensive one for the few, and the other way round:
 * planned once, the largest approver's queue (before it had an index of its own, V48) fetched and
 * sorted all her 10,000 waiting goals for each page (50 ms instead of 1).
 */
public final class CustomPlans {

    private CustomPlans() {
    }

    /**
     * Until the transaction ends, each statement is planned for its parameters, with PostgreSQL's
     * statistics of who has many. Call it inside a transaction ({@code set local} ends with it).
     */
    public static void forThisTransaction(JdbcClient jdbc) {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }
}
