-- Group guidance (veiledningsgruppe): a group run by an organiser (Legeforeningen for ALIS, the
-- Statsforvalter for LIS1) with leaders and members over periods, its meetings, and who was present.
-- A member's months in the group and the hours of the meetings she attended feed § 2's group
-- guidance requirements. The municipality keeps the record; nothing is deleted.
create table guidance_group (
    id              uuid primary key,
    organisation_id uuid        not null references education_organisation (id),
    name            text        not null,
    organiser       text        not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    changed_at      timestamptz not null,
    changed_by      text        not null,
    version         integer     not null default 0
);
create index guidance_group_organisation on guidance_group (organisation_id);

create table guidance_group_leader (
    group_id   uuid        not null references guidance_group (id),
    person_id  uuid        not null references person (id),
    created_at timestamptz not null,
    created_by text        not null,
    changed_at timestamptz not null,
    changed_by text        not null,
    version    integer     not null default 0,
    primary key (group_id, person_id)
);

create table guidance_group_member (
    id           uuid primary key,
    group_id     uuid        not null references guidance_group (id),
    candidate_id uuid        not null references person (id),
    from_date    date        not null,
    to_date      date,
    created_at   timestamptz not null,
    created_by   text        not null,
    changed_at   timestamptz not null,
    changed_by   text        not null,
    version      integer     not null default 0,
    check (to_date is null or to_date >= from_date)
);
create index guidance_group_member_candidate on guidance_group_member (candidate_id);
create index guidance_group_member_group on guidance_group_member (group_id);

create table guidance_group_meeting (
    id         uuid primary key,
    group_id   uuid          not null references guidance_group (id),
    held_on    date          not null,
    hours      numeric(4, 2) not null check (hours > 0 and hours <= 8),
    created_at timestamptz   not null,
    created_by text          not null,
    changed_at timestamptz   not null,
    changed_by text          not null,
    version    integer       not null default 0
);
create index guidance_group_meeting_group on guidance_group_meeting (group_id, held_on);

create table guidance_group_attendance (
    meeting_id   uuid        not null references guidance_group_meeting (id),
    candidate_id uuid        not null references person (id),
    present      boolean     not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    changed_at   timestamptz not null,
    changed_by   text        not null,
    version      integer     not null default 0,
    primary key (meeting_id, candidate_id)
);
create index guidance_group_attendance_candidate on guidance_group_attendance (candidate_id);

-- A meeting and its attendance, once recorded, are history: corrected by the leader only while the
-- row is changed in place (present/absent), never deleted.
create trigger guidance_group_meeting_no_delete before delete on guidance_group_meeting
    for each statement execute function history_is_append_only();
create trigger guidance_group_attendance_no_delete before delete on guidance_group_attendance
    for each statement execute function history_is_append_only();
create trigger guidance_group_member_no_delete before delete on guidance_group_member
    for each statement execute function history_is_append_only();
