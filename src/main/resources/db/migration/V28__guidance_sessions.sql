-- guidance: individual guidance sessions (veiledningssamtaler). A session belongs to the veileder
-- relationship in force on its day; the veileder (or the candidate) plans it, both write their
-- preparation, either writes the minutes, and only the veileder finalises it. A finalised session
-- counts its hours towards § 2's individual guidance and never changes again.
create table guidance_session (
    id                  uuid primary key,
    candidate_id        uuid        not null references person (id),
    veileder_id         uuid        not null references person (id),
    held_on             date        not null,
    starts_at           time        not null,
    ends_at             time        not null,
    mode                text        not null check (mode in ('IN_PERSON', 'VIDEO', 'PHONE')),
    place               text,
    goal_codes          text[]      not null default '{}',
    status              text        not null check (status in ('PLANNED', 'FINALISED', 'CANCELLED')),
    finalised_at        timestamptz,
    finalised_by        uuid references person (id),
    created_at          timestamptz not null,
    created_by          text        not null,
    changed_at          timestamptz not null,
    changed_by          text        not null,
    version             integer     not null default 0,
    check (ends_at > starts_at),
    check ((status = 'FINALISED') = (finalised_at is not null and finalised_by is not null))
);
create index guidance_session_candidate on guidance_session (candidate_id, held_on);
create index guidance_session_veileder on guidance_session (veileder_id, held_on);

-- The private text of a session: each party's preparation and the minutes. It lives apart from the
-- session so that nothing that lists sessions (hours, readiness, exports) can read it by accident;
-- only the guidance module's one text query does, for the candidate and the session's veileder.
create table guidance_text (
    session_id          uuid        not null references guidance_session (id),
    kind                text        not null check (kind in ('CANDIDATE_PREPARATION', 'VEILEDER_PREPARATION', 'MINUTES')),
    body                text        not null,
    written_by          uuid        not null references person (id),
    created_at          timestamptz not null,
    created_by          text        not null,
    changed_at          timestamptz not null,
    changed_by          text        not null,
    version             integer     not null default 0,
    primary key (session_id, kind)
);

-- A finalised or cancelled session is never changed, nor its text; nothing is deleted.
create function guidance_session_is_final() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' or old.status <> 'PLANNED' then
        raise exception 'a finalised or cancelled guidance session is never changed (%)', old.id using errcode = 'P0001';
    end if;
    return new;
end;
$$;
create trigger guidance_session_is_final before update or delete on guidance_session
    for each row execute function guidance_session_is_final();
create trigger guidance_session_no_truncate before truncate on guidance_session
    for each statement execute function history_is_append_only();

create function guidance_text_follows_its_session() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' or exists (select 1 from guidance_session
                                    where id = coalesce(new.session_id, old.session_id) and status <> 'PLANNED') then
        raise exception 'the text of a finalised or cancelled guidance session is never changed (%)',
            coalesce(new.session_id, old.session_id) using errcode = 'P0001';
    end if;
    return new;
end;
$$;
create trigger guidance_text_follows_its_session before insert or update or delete on guidance_text
    for each row execute function guidance_text_follows_its_session();
create trigger guidance_text_no_truncate before truncate on guidance_text
    for each statement execute function history_is_append_only();
