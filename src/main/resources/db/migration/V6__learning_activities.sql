-- portfolio ------------------------------------------------------------------------------------------

-- What a candidate did, linked to one or more goals.
create table learning_activity (
    id           uuid primary key,
    candidate_id uuid          not null references person (id),
    type         text          not null check (type in ('COURSE', 'JOINT_CONSULTATION', 'ON_CALL_SHIFT',
                                   'PRACTICAL_PROCEDURE', 'PRACTICE_VISIT', 'MEETING', 'INTERDISCIPLINARY_WORK',
                                   'E_LEARNING', 'OTHER')),
    description  text          not null,
    performed_on date          not null,
    shift_start  timestamptz,
    shift_end    timestamptz,
    place        text,
    hours        numeric(6, 1) check (hours > 0),
    goal_codes   text[]        not null check (cardinality(goal_codes) > 0),
    status       text          not null check (status in ('DRAFT', 'SENT', 'SIGNED', 'REJECTED')),
    created_at   timestamptz   not null,
    created_by   text          not null,
    changed_at   timestamptz   not null,
    changed_by   text          not null,
    version      integer       not null default 0,
    check (type <> 'ON_CALL_SHIFT' or (shift_start is not null and shift_end > shift_start))
);
create index learning_activity_candidate on learning_activity (candidate_id);

-- A request to a named veileder or supervisor to sign an activity, and her decision. Never updated
-- after the decision; a new request is a new row.
create table signature_request (
    id           uuid primary key,
    activity_id  uuid        not null references learning_activity (id),
    signer_id    uuid        not null references person (id),
    requested_at timestamptz not null,
    decision     text check (decision in ('SIGNED', 'REJECTED')),
    decided_at   timestamptz,
    comment      text,
    created_at   timestamptz not null,
    created_by   text        not null,
    changed_at   timestamptz not null,
    changed_by   text        not null,
    version      integer     not null default 0,
    check ((decision is null) = (decided_at is null)),
    check (decision <> 'REJECTED' or comment is not null)
);
create unique index signature_request_one_open on signature_request (activity_id) where decision is null;
create index signature_request_signer on signature_request (signer_id) where decision is null;
