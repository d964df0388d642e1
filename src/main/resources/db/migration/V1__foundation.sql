-- Foundation schema.
-- Conventions (docs/architecture.md § Data): every table of business data carries created_at/by,
-- changed_at/by and an optimistic-lock version; times are timestamptz, dates are date; the
-- *_by columns hold the acting username or 'system'.

-- organisation ----------------------------------------------------------------------------------

create table education_organisation (
    id                  uuid primary key,
    name                text        not null unique,
    organisation_number text        unique check (organisation_number ~ '^[0-9]{9}$'),
    kind                text        not null check (kind in ('MUNICIPALITY', 'CONSORTIUM')),
    created_at          timestamptz not null,
    created_by          text        not null,
    changed_at          timestamptz not null,
    changed_by          text        not null,
    version             integer     not null default 0
);

-- A registration for a specialty; service before registered_from does not count.
create table specialty_registration (
    id              uuid primary key,
    organisation_id uuid        not null references education_organisation (id),
    specialty       text        not null check (specialty in ('ALLMENNMEDISIN', 'SAMFUNNSMEDISIN')),
    registered_from date        not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    changed_at      timestamptz not null,
    changed_by      text        not null,
    version         integer     not null default 0,
    unique (organisation_id, specialty)
);

create table learning_arena (
    id              uuid primary key,
    organisation_id uuid        not null references education_organisation (id),
    name            text        not null,
    arena_type      text        not null check (arena_type in (
                        'OPEN_UNSELECTED_PRACTICE', 'OUT_OF_HOURS_SERVICE', 'NURSING_HOME',
                        'HEALTH_STATION', 'INFECTION_CONTROL', 'INSTITUTION_SERVICE',
                        'MEETING_ARENA', 'EXTERNAL')),
    created_at      timestamptz not null,
    created_by      text        not null,
    changed_at      timestamptz not null,
    changed_by      text        not null,
    version         integer     not null default 0,
    unique (organisation_id, name)
);

-- identity --------------------------------------------------------------------------------------

create table person (
    id          uuid primary key,
    given_name  text        not null,
    family_name text        not null,
    email       text,
    profession  text        not null check (profession in ('PHYSICIAN', 'NURSE', 'MIDWIFE', 'OTHER')),
    title       text,
    created_at  timestamptz not null,
    created_by  text        not null,
    changed_at  timestamptz not null,
    changed_by  text        not null,
    version     integer     not null default 0
);

-- A way to sign in: a local account (username + bcrypt hash) and/or an OIDC subject (HelseID).
create table account (
    person_id        uuid primary key references person (id),
    username         text        not null,
    password_hash    text,
    external_subject text unique,
    enabled          boolean     not null default true,
    created_at       timestamptz not null,
    created_by       text        not null,
    changed_at       timestamptz not null,
    changed_by       text        not null,
    version          integer     not null default 0
);
create unique index account_username_unique on account (lower(username));

-- The roles a person holds in an education organisation.
create table person_role (
    person_id       uuid        not null references person (id),
    organisation_id uuid        not null references education_organisation (id),
    role            text        not null check (role in (
                        'CANDIDATE', 'VEILEDER', 'SUPERVISOR', 'APPROVER', 'DEPARTMENT_HEAD', 'ADMINISTRATOR')),
    created_at      timestamptz not null,
    created_by      text        not null,
    primary key (person_id, organisation_id, role)
);

-- Whether a person may be veileder in a specialty: an approved specialist, or a time-limited
-- exemption from Helsedirektoratet (spesialistforskriften § 25 fourth paragraph) with its end date.
create table specialist_qualification (
    person_id   uuid        not null references person (id),
    specialty   text        not null check (specialty in ('ALLMENNMEDISIN', 'SAMFUNNSMEDISIN')),
    kind        text        not null check (kind in ('SPECIALIST', 'EXEMPTION')),
    valid_until date,
    created_at  timestamptz not null,
    created_by  text        not null,
    changed_at  timestamptz not null,
    changed_by  text        not null,
    version     integer     not null default 0,
    primary key (person_id, specialty),
    check ((kind = 'EXEMPTION') = (valid_until is not null))
);

-- programme -------------------------------------------------------------------------------------

create table enrolment (
    id               uuid primary key,
    candidate_id     uuid          not null references person (id),
    organisation_id  uuid          not null references education_organisation (id),
    programme        text          not null check (programme in ('LIS1', 'ALIS', 'SAMLIS')),
    scheme           text          not null check (scheme in ('NEW', 'OLD', 'CONVERTED')),
    start_date       date          not null,
    end_date         date,
    converted_on     date,
    position_percent numeric(5, 2) not null check (position_percent > 0 and position_percent <= 100),
    created_at       timestamptz   not null,
    created_by       text          not null,
    changed_at       timestamptz   not null,
    changed_by       text          not null,
    version          integer       not null default 0,
    check ((scheme = 'CONVERTED') = (converted_on is not null)),
    check (end_date is null or end_date >= start_date)
);
create index enrolment_candidate on enrolment (candidate_id);

-- audit -----------------------------------------------------------------------------------------

-- Append-only: written in the same transaction as the change it records. previous_hash and hash
-- are reserved for hash chaining (each row's hash over its content and the previous row's hash).
create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null,
    actor         text        not null,
    action        text        not null,
    subject_type  text        not null,
    subject_id    text        not null,
    details       jsonb       not null default '{}'::jsonb,
    previous_hash bytea,
    hash          bytea
);
create index audit_event_subject on audit_event (subject_type, subject_id);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each statement execute function audit_event_is_append_only();
