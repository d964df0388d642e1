-- Least privilege, applied after every migration (Flyway callback), so that a new table is covered
-- the day it is made. Veiviser runs as ${application_role}: it reads and writes rows and nothing
-- more (no schema changes, no TRUNCATE, no triggers; it is not the owner, so it cannot disable them).
-- History is insert-only: the trail (audit_event, access_log), the assessment events, the catalog
-- transitions, the evidence frozen with each approval and the comments. Decided signature requests and service records, and signed activities, are guarded by
-- triggers (V18) that bind the owner too. docs/operations.md explains the roles.
do
$$
    declare
        application_role constant text := '${application_role}';
    begin
        if application_role = current_user then
            raise notice 'Veiviser runs as the owner of its schema (%); no grants to make', current_user;
            return;
        end if;
        execute format('grant usage on schema public to %I', application_role);
        execute format('revoke all on all tables in schema public from %I', application_role);
        execute format('grant select, insert, update on all tables in schema public to %I', application_role);
        execute format('grant usage, select on all sequences in schema public to %I', application_role);
        -- Rows that are deleted by design: expired idempotency answers, a goal taken off an arena.
        execute format('grant delete on idempotency_key, arena_goal to %I', application_role);
        execute format('revoke update on audit_event, access_log, goal_assessment_event, activity_comment,'
                           || ' attachment, activity_attachment, course_topic, learning_goal, guidance_group_diploma, catalog_transition, catalog_transition_goal, goal_approval_evidence from %I',
                       application_role);
        -- Kept by the database's triggers (V48, V49): read only.
        execute format('revoke insert, update on assessment_queue, organisation_candidate from %I', application_role);
        execute format('revoke all on flyway_schema_history from %I', application_role);
        execute format('grant select on flyway_schema_history to %I', application_role);
    end
$$;
