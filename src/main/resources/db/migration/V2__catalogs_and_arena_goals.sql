-- catalog -----------------------------------------------------------------------------------------

-- A dated version of a goal catalog. Once in use (assigned to a candidate) it is never changed;
-- changes come as a new version.
create table goal_catalog_version (
    id          uuid primary key,
    catalog     text        not null check (catalog in ('ALM', 'FKM', 'DEL1', 'SAM')),
    number      integer     not null check (number > 0),
    valid_from  date        not null,
    source      text,
    in_use      boolean     not null default false,
    created_at  timestamptz not null,
    created_by  text        not null,
    changed_at  timestamptz not null,
    changed_by  text        not null,
    version     integer     not null default 0,
    unique (catalog, number)
);

-- A learning goal within a catalog version. A null title means the official title is not known
-- yet (it is shown as missing, never invented).
create table learning_goal (
    id                 uuid primary key,
    catalog_version_id uuid        not null references goal_catalog_version (id),
    position           integer     not null,
    code               text        not null,
    title              text,
    description        text,
    competence_type    text check (competence_type in ('KNOWLEDGE', 'SKILLS', 'KNOWLEDGE_AND_SKILLS')),
    competence_level   smallint check (competence_level between 1 and 5),
    activities         jsonb       not null default '[]'::jsonb,
    source             text,
    created_at         timestamptz not null,
    created_by         text        not null,
    changed_at         timestamptz not null,
    changed_by         text        not null,
    version            integer     not null default 0,
    unique (catalog_version_id, code)
);

create table course (
    id         uuid primary key,
    code       text        not null unique,
    name       text        not null,
    kind       text        not null check (kind in ('BASIC', 'ACUTE_MEDICINE', 'CLINICAL_TOPIC', 'COMMON_COMPETENCE', 'OTHER')),
    hours      numeric(6, 1) check (hours > 0),
    goal_codes text[]      not null default '{}',
    source     text,
    created_at timestamptz not null,
    created_by text        not null,
    changed_at timestamptz not null,
    changed_by text        not null,
    version    integer     not null default 0
);

-- An uploaded catalog file waiting for the administrator to confirm it (preview, then apply).
create table catalog_import (
    id                 uuid primary key,
    catalog            text        not null check (catalog in ('ALM', 'FKM', 'DEL1', 'SAM')),
    file_name          text        not null,
    valid_from         date        not null,
    based_on_version   uuid references goal_catalog_version (id),
    goals              jsonb       not null,
    status             text        not null check (status in ('PENDING', 'APPLIED', 'DISCARDED')),
    applied_version_id uuid references goal_catalog_version (id),
    created_at         timestamptz not null,
    created_by         text        not null,
    changed_at         timestamptz not null,
    changed_by         text        not null,
    version            integer     not null default 0
);

-- organisation: arenas as the general plan describes them ------------------------------------------

alter table learning_arena
    add column place                    text,
    add column new_veileder_during_stay text,
    add column supervision_mode         text,
    add column description              text,
    add column position                 integer not null default 0,
    add column archived_at              timestamptz;

-- The places of an arena: each GP office, each nursing home.
create table arena_site (
    id         uuid primary key,
    arena_id   uuid        not null references learning_arena (id),
    name       text        not null,
    created_at timestamptz not null,
    created_by text        not null,
    changed_at timestamptz not null,
    changed_by text        not null,
    version    integer     not null default 0,
    unique (arena_id, name)
);

-- A learning goal an arena offers, with the activity done there and those done elsewhere.
create table arena_goal (
    id                uuid primary key,
    arena_id          uuid        not null references learning_arena (id),
    goal_code         text        not null,
    activity_in_arena text,
    other_activities  text,
    created_at        timestamptz not null,
    created_by        text        not null,
    changed_at        timestamptz not null,
    changed_by        text        not null,
    version           integer     not null default 0,
    unique (arena_id, goal_code)
);

-- An arena that offers every goal of a catalog ("Alle FKM-LM" in the Drammen plan).
create table arena_catalog (
    arena_id   uuid        not null references learning_arena (id),
    catalog    text        not null check (catalog in ('ALM', 'FKM', 'DEL1', 'SAM')),
    created_at timestamptz not null,
    created_by text        not null,
    changed_at timestamptz not null,
    changed_by text        not null,
    version    integer     not null default 0,
    primary key (arena_id, catalog)
);
