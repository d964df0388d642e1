-- The mail delivery asks every few seconds for the oldest undelivered notices. Through the index on
-- the time a notice was made it walked past every notice ever delivered before it found one waiting:
-- with years of notices for every municipality, each poll would read them all. This index holds the
-- waiting ones only, in the order they are sent.
create index outbox_message_undelivered on outbox_message (created_at, id)
    where delivered_at is null and email is not null;
