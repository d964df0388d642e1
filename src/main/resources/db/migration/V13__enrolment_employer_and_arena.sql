-- programme ------------------------------------------------------------------------------------------

-- Where the candidate is employed and which learning arena she starts in (a consortium's member
-- municipality or a GP office, say). Both optional: older enrolments and the demo have none.
alter table enrolment add column employer text;
alter table enrolment add column arena_id uuid references learning_arena (id);
