-- The diploma (kursbevis) a member receives for her group guidance, e.g. from Legeforeningen,
-- attached to her membership as evidence. A file is never changed or deleted.
create table guidance_group_diploma (
    id            uuid primary key,
    membership_id uuid        not null references guidance_group_member (id),
    filename      text        not null,
    media_type    text        not null,
    size_bytes    integer     not null,
    sha256        text        not null,
    content       bytea       not null,
    created_at    timestamptz not null,
    created_by    text        not null,
    changed_at    timestamptz not null,
    changed_by    text        not null,
    version       integer     not null default 0
);
create index guidance_group_diploma_membership on guidance_group_diploma (membership_id);

create trigger guidance_group_diploma_never_changed before update or delete on guidance_group_diploma
    for each statement execute function history_is_append_only();
create trigger guidance_group_diploma_no_truncate before truncate on guidance_group_diploma
    for each statement execute function history_is_append_only();
