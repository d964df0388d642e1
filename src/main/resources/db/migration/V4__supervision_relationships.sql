-- Who supervises and approves a candidate, and when (inclusive dates; valid_to null while open).
-- A relationship that ends the day before it starts was replaced on its first day and never held.
create table supervision_relationship (
    id           uuid primary key,
    candidate_id uuid        not null references person (id),
    person_id    uuid        not null references person (id),
    kind         text        not null check (kind in ('VEILEDER', 'APPROVER', 'DEPUTY_APPROVER', 'SUPERVISOR')),
    valid_from   date        not null,
    valid_to     date,
    created_at   timestamptz not null,
    created_by   text        not null,
    changed_at   timestamptz not null,
    changed_by   text        not null,
    version      integer     not null default 0,
    check (valid_to is null or valid_to >= valid_from - 1),
    check (candidate_id <> person_id)
);

-- Exactly one open veileder, approver and deputy per candidate: the database refuses a second.
create unique index supervision_relationship_one_open
    on supervision_relationship (candidate_id, kind)
    where valid_to is null and kind in ('VEILEDER', 'APPROVER', 'DEPUTY_APPROVER');

create index supervision_relationship_person on supervision_relationship (person_id);
create index supervision_relationship_candidate on supervision_relationship (candidate_id);
