-- A change of position share from a date. A confirmed period is never changed (V18), so the change
-- is a new period that replaces the old one from its own first day: once the department head
-- confirms it, the old period counts up to the day before and the new one from that day on.
alter table service_record add column replaces uuid references service_record (id);
alter table service_record add constraint service_record_replaces_a_period
    check (replaces is null or kind = 'PERIOD');
create index service_record_replaces on service_record (replaces) where replaces is not null;
