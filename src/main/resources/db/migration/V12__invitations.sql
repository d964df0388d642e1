-- identity ---------------------------------------------------------------------------------------------

-- An invitation to a registered person to set up her sign-in. Only the SHA-256 of the one-time token
-- is kept; the token itself travels in the e-mail link. Accepted or expired, it cannot be used again.
create table invitation (
    id          uuid primary key,
    person_id   uuid        not null references person (id),
    email       text        not null,
    token_hash  text        not null unique,
    expires_at  timestamptz not null,
    accepted_at timestamptz,
    created_at  timestamptz not null,
    created_by  text        not null,
    changed_at  timestamptz not null,
    changed_by  text        not null,
    version     integer     not null default 0
);
create index invitation_person on invitation (person_id);
