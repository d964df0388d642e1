-- notification -----------------------------------------------------------------------------------------

-- Notices to people, written in the same transaction as the change that causes them. They carry no
-- personal content, only what waits and a link. Without a mail server configured they stay here,
-- and the administrator can read them.
create table outbox_message (
    id           uuid primary key,
    recipient_id uuid        not null references person (id),
    email        text,
    subject      text        not null,
    body         text        not null,
    link         text        not null,
    delivered_at timestamptz,
    created_at   timestamptz not null,
    created_by   text        not null,
    changed_at   timestamptz not null,
    changed_by   text        not null,
    version      integer     not null default 0
);
create index outbox_message_created on outbox_message (created_at desc);
