-- audit -----------------------------------------------------------------------------------------

-- Normen's "logg over tilgang": who read which part of a person's record, when, and under which
-- relationship. Written by the one access policy (programme.CandidateAccess); reads by the person
-- herself are not logged. Append-only like audit_event.
create table access_log (
    id              bigint generated always as identity primary key,
    read_at         timestamptz not null,
    reader_id       uuid        not null references person (id),
    subject_id      uuid        not null references person (id),
    organisation_id uuid        references education_organisation (id),
    part            text        not null,
    basis           text        not null
);
create index access_log_subject on access_log (subject_id, read_at desc);
create index access_log_organisation on access_log (organisation_id, read_at desc);

create function access_log_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'access_log is append-only';
end;
$$;

create trigger access_log_no_update_or_delete
    before update or delete on access_log
    for each statement execute function access_log_is_append_only();

-- The organisation the acting person acted for, so that an administrator sees her own
-- organisation's trail only. Null for the system and for rows written before this column existed.
alter table audit_event add column organisation_id uuid;
create index audit_event_organisation on audit_event (organisation_id, id desc);

-- The national catalogs (ALM, FKM, SAM, LIS1) are maintained by a national role, not by every
-- municipality's administrator.
alter table person_role drop constraint person_role_role_check;
alter table person_role add constraint person_role_role_check check (role in (
    'CANDIDATE', 'VEILEDER', 'SUPERVISOR', 'APPROVER', 'DEPARTMENT_HEAD', 'ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'));
