-- A veileder's own preparation and follow-up time (forarbeid og etterarbeid) for one candidate.
-- The municipality is compensated for up to 1.5 hours a month in 10.5 months of the year (Drammen
-- plan kap. 5.3; alis.no, honorering av veiledning). It is the veileder's work: it never counts as
-- guidance for the candidate. An entry is never changed; a mistaken one is withdrawn, once.
create table veileder_work_time (
    id           uuid primary key,
    veileder_id  uuid          not null references person (id),
    candidate_id uuid          not null references person (id),
    worked_on    date          not null,
    hours        numeric(4, 2) not null check (hours > 0 and hours <= 8),
    withdrawn_at timestamptz,
    withdrawn_by text,
    created_at   timestamptz   not null,
    created_by   text          not null,
    changed_at   timestamptz   not null,
    changed_by   text          not null,
    version      integer       not null default 0,
    check ((withdrawn_at is null) = (withdrawn_by is null))
);
create index veileder_work_time_veileder on veileder_work_time (veileder_id, worked_on);

create function veileder_work_time_withdrawn_once() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' or old.withdrawn_at is not null
        or (new.id, new.veileder_id, new.candidate_id, new.worked_on, new.hours, new.created_at, new.created_by)
           is distinct from
           (old.id, old.veileder_id, old.candidate_id, old.worked_on, old.hours, old.created_at, old.created_by) then
        raise exception 'veileder work time is never changed, only withdrawn once (%)', old.id using errcode = 'P0001';
    end if;
    return new;
end;
$$;
create trigger veileder_work_time_withdrawn_once before update or delete on veileder_work_time
    for each row execute function veileder_work_time_withdrawn_once();
create trigger veileder_work_time_no_truncate before truncate on veileder_work_time
    for each statement execute function history_is_append_only();
