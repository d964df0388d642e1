-- The catalog versions assigned to an enrolment (ALIS: ALM + FKM). A candidate keeps them until the
-- approver moves her to another version; an assigned version is never changed.
create table enrolment_catalog (
    enrolment_id       uuid        not null references enrolment (id),
    catalog_version_id uuid        not null references goal_catalog_version (id),
    created_at         timestamptz not null,
    created_by         text        not null,
    changed_at         timestamptz not null,
    changed_by         text        not null,
    version            integer     not null default 0,
    primary key (enrolment_id, catalog_version_id)
);
