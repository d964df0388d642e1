-- The municipalities of a consortium (e.g. ALIS-Vest: 11 municipalities, Bergen administering).
create table organisation_member (
    id              uuid primary key,
    organisation_id uuid        not null references education_organisation (id),
    municipality    text        not null,
    administering   boolean     not null default false,
    created_at      timestamptz not null,
    created_by      text        not null,
    changed_at      timestamptz not null,
    changed_by      text        not null,
    version         integer     not null default 0,
    unique (organisation_id, municipality)
);

-- At most one administering municipality per consortium.
create unique index organisation_member_one_administering
    on organisation_member (organisation_id) where administering;
