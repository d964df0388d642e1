-- The candidate may share a session's preparation and minutes with a later veileder. A share is
-- recorded with who and when, and revoked the same way; a revoked share stays as history.
create table guidance_share (
    id          uuid primary key,
    session_id  uuid        not null references guidance_session (id),
    person_id   uuid        not null references person (id),
    revoked_at  timestamptz,
    revoked_by  text,
    created_at  timestamptz not null,
    created_by  text        not null,
    changed_at  timestamptz not null,
    changed_by  text        not null,
    version     integer     not null default 0,
    check ((revoked_at is null) = (revoked_by is null))
);
create unique index guidance_share_standing on guidance_share (session_id, person_id) where revoked_at is null;

-- A revoked share is never changed again, and no share is deleted.
create function guidance_share_revoked_once() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' or old.revoked_at is not null then
        raise exception 'a revoked guidance share is never changed (%)', old.id using errcode = 'P0001';
    end if;
    return new;
end;
$$;
create trigger guidance_share_revoked_once before update or delete on guidance_share
    for each row execute function guidance_share_revoked_once();
create trigger guidance_share_no_truncate before truncate on guidance_share
    for each statement execute function history_is_append_only();
