-- identity ----------------------------------------------------------------------------------------

-- Personal API tokens, so that an integration does not send a password (and pay a bcrypt) on every
-- call. The token is shown once; only its SHA-256 is kept (it is 256 random bits, so a fast hash is
-- enough). A token reads only (READ) or also writes (READ_WRITE), expires, and can be revoked.
create table api_token (
    id           uuid primary key,
    person_id    uuid        not null references person (id),
    name         text        not null check (length(btrim(name)) between 1 and 100),
    token_hash   text        not null unique,
    scope        text        not null check (scope in ('READ', 'READ_WRITE')),
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    created_at   timestamptz not null,
    created_by   text        not null,
    changed_at   timestamptz not null,
    changed_by   text        not null,
    version      integer     not null default 0
);
create index api_token_person on api_token (person_id, created_at desc);
