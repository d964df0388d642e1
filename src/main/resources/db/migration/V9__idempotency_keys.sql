-- web ---------------------------------------------------------------------------------------------

-- The first answer to a state-changing API call that carried an Idempotency-Key, so a retry with the
-- same key gets the same answer instead of doing the change twice. A key belongs to the caller who
-- sent it; status is null while the first call is still running.
create table idempotency_key (
    owner          text        not null,
    key            text        not null check (length(key) between 1 and 255),
    request_hash   text        not null,
    status         integer,
    content_type   text,
    body           bytea,
    location       text,
    created_at     timestamptz not null,
    created_by     text        not null,
    changed_at     timestamptz not null,
    changed_by     text        not null,
    version        integer     not null default 0,
    primary key (owner, key)
);
create index idempotency_key_created on idempotency_key (created_at);
