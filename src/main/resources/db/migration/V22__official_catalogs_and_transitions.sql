-- catalog: the official goal catalogs of vedlegg 2 -------------------------------------------------

-- The catalogs are those of spesialistforskriften vedlegg 2 a municipality works with: ALM, SAM, FKM
-- (parts 2–3), KLK and FKMK (part 1 in the municipality). DEL1 was a placeholder for KLK.
alter table goal_catalog_version drop constraint goal_catalog_version_catalog_check;
alter table catalog_import drop constraint catalog_import_catalog_check;
alter table arena_catalog drop constraint arena_catalog_catalog_check;
update goal_catalog_version set catalog = 'KLK' where catalog = 'DEL1';
update catalog_import set catalog = 'KLK' where catalog = 'DEL1';
update arena_catalog set catalog = 'KLK' where catalog = 'DEL1';
alter table goal_catalog_version add constraint goal_catalog_version_catalog_check
    check (catalog in ('ALM', 'SAM', 'FKM', 'KLK', 'FKMK'));
alter table catalog_import add constraint catalog_import_catalog_check
    check (catalog in ('ALM', 'SAM', 'FKM', 'KLK', 'FKMK'));
alter table arena_catalog add constraint arena_catalog_catalog_check
    check (catalog in ('ALM', 'SAM', 'FKM', 'KLK', 'FKMK'));

-- The last day a version may be assigned or assessed by; null while in force. The FKM for parts 2–3
-- before FOR-2025-01-24-114 was repealed on 1 March 2026.
alter table goal_catalog_version
    add column valid_to date,
    add constraint goal_catalog_version_dates check (valid_to is null or valid_to >= valid_from);
update goal_catalog_version set valid_to = date '2026-02-28' where catalog = 'FKM' and valid_from < date '2026-03-01';

-- The heading a goal stands under in vedlegg 2 ("21.3 Allmennmedisinsk metode"). The regulation sets
-- the competence level by the goal's wording, so the invented 1–5 level goes.
alter table learning_goal
    add column theme text,
    drop column competence_level;

-- programme: a candidate's catalog versions over time ---------------------------------------------

-- An assignment ends when the candidate is moved to another version of the catalog; it is never
-- deleted, so what she was assessed against stays visible.
alter table enrolment_catalog
    add column ended_at timestamptz,
    add column ended_by text,
    drop constraint enrolment_catalog_pkey,
    add column id uuid not null default gen_random_uuid() primary key;
create unique index enrolment_catalog_current on enrolment_catalog (enrolment_id, catalog_version_id)
    where ended_at is null;

-- approval: moving a candidate to a new catalog version -------------------------------------------

-- The approver's move of a candidate from one version of a catalog to another (e.g. the old FKM to
-- FKM-001 … 014), with a decision for every goal of the new version. Never changed or deleted.
create table catalog_transition (
    id              uuid primary key,
    candidate_id    uuid        not null references person (id),
    enrolment_id    uuid        not null references enrolment (id),
    from_version_id uuid        not null references goal_catalog_version (id),
    to_version_id   uuid        not null references goal_catalog_version (id),
    decided_by      uuid        not null references person (id),
    decided_at      timestamptz not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    changed_at      timestamptz not null,
    changed_by      text        not null,
    version         integer     not null default 0,
    check (from_version_id <> to_version_id)
);
create index catalog_transition_candidate on catalog_transition (candidate_id, decided_at);

-- For each goal of the new version: considered achieved or not, on the basis of which approvals of
-- the old version, and why.
create table catalog_transition_goal (
    transition_id uuid        not null references catalog_transition (id),
    goal_code     text        not null,
    achieved      boolean     not null,
    basis_codes   text[]      not null default '{}',
    reason        text,
    created_at    timestamptz not null,
    created_by    text        not null,
    changed_at    timestamptz not null,
    changed_by    text        not null,
    version       integer     not null default 0,
    primary key (transition_id, goal_code),
    check (not achieved or (cardinality(basis_codes) > 0 and length(trim(reason)) > 0))
);

create trigger catalog_transition_no_update_or_delete
    before update or delete on catalog_transition
    for each statement execute function audit_event_is_append_only();
create trigger catalog_transition_goal_no_update_or_delete
    before update or delete on catalog_transition_goal
    for each statement execute function audit_event_is_append_only();

-- A goal approved because the approver considered it achieved by approvals under the old version,
-- with the codes of those approvals.
alter table goal_assessment_event add column basis_codes text[] not null default '{}';
alter table goal_assessment_event drop constraint goal_assessment_event_kind_check;
alter table goal_assessment_event add constraint goal_assessment_event_kind_check
    check (kind in ('SUBMITTED', 'RECALLED', 'RECOMMENDED', 'APPROVED', 'RETURNED', 'REOPENED', 'CARRIED_OVER'));
alter table goal_assessment_event drop constraint goal_assessment_event_check;
alter table goal_assessment_event add constraint goal_assessment_event_check
    check (kind not in ('RETURNED', 'REOPENED', 'CARRIED_OVER') or comment is not null);
create trigger catalog_transition_no_truncate before truncate on catalog_transition
    for each statement execute function history_is_append_only();
create trigger catalog_transition_goal_no_truncate before truncate on catalog_transition_goal
    for each statement execute function history_is_append_only();
