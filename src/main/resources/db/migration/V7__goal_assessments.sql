-- approval -------------------------------------------------------------------------------------------

-- Where a candidate's goal stands. One row per candidate and goal; its history is in
-- goal_assessment_event.
create table goal_assessment (
    id                      uuid primary key,
    candidate_id            uuid        not null references person (id),
    goal_code               text        not null,
    status                  text        not null check (status in ('IN_PROGRESS', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    candidate_justification text,
    created_at              timestamptz not null,
    created_by              text        not null,
    changed_at              timestamptz not null,
    changed_by              text        not null,
    version                 integer     not null default 0,
    unique (candidate_id, goal_code)
);

-- Everything that happened to an assessment, never updated or deleted: submissions, recalls,
-- recommendations, approvals (with the approver on whose behalf a deputy acted), returns, reopenings.
create table goal_assessment_event (
    id            uuid primary key,
    assessment_id uuid        not null references goal_assessment (id),
    kind          text        not null check (kind in ('SUBMITTED', 'RECALLED', 'RECOMMENDED', 'APPROVED', 'RETURNED', 'REOPENED')),
    person_id     uuid        not null references person (id),
    role          text        not null check (role in ('CANDIDATE', 'VEILEDER', 'SUPERVISOR', 'APPROVER', 'DEPUTY_APPROVER')),
    on_behalf_of  uuid references person (id),
    comment       text,
    occurred_at   timestamptz not null,
    created_at    timestamptz not null,
    created_by    text        not null,
    changed_at    timestamptz not null,
    changed_by    text        not null,
    version       integer     not null default 0,
    check (kind not in ('RETURNED', 'REOPENED') or comment is not null)
);
create index goal_assessment_event_assessment on goal_assessment_event (assessment_id, occurred_at);

create trigger goal_assessment_event_no_update_or_delete
    before update or delete on goal_assessment_event
    for each statement execute function audit_event_is_append_only();
