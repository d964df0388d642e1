-- Who has which submitted assessment waiting: one row per submitted assessment and relationship to
-- its candidate, kept by the database as the two tables change. The largest approver's queue was
-- found by joining her 2,000 relationships to everyone's submitted assessments on every page (the
-- count read 201 of her candidates, the page built a hash of all 2,000 first), so it cost more the
-- more candidates she had. With her own rows in an index in the queue's order, a page reads twenty
-- entries and the count a thousand, whatever the size of the country.
--
-- The rows are derived, never written by the application (afterMigrate.sql grants it select only):
-- statement triggers on goal_assessment and supervision_relationship replace the rows of what a
-- statement changed. Whether a relationship holds on the day is decided when the queue is read, from
-- the dates copied here, as it was from the relationships themselves.
create table assessment_queue (
    relationship_id uuid        not null references supervision_relationship (id) on delete cascade,
    assessment_id   uuid        not null references goal_assessment (id) on delete cascade,
    person_id       uuid        not null,
    kind            text        not null,
    valid_from      date        not null,
    valid_to        date,
    changed_at      timestamptz not null,
    primary key (relationship_id, assessment_id)
);
create index assessment_queue_of_person on assessment_queue (person_id, changed_at, assessment_id)
    include (kind, valid_from, valid_to);
create index assessment_queue_assessment on assessment_queue (assessment_id);

-- A relationship and a submission of the same candidate, made at the same time in two transactions,
-- would each miss the other (neither sees what the other has not committed). So each trigger first
-- locks the candidate's person row: a change of relationships exclusively, a change of assessments
-- shared (submissions do not wait for each other). The one that waits reads after the other has
-- committed: in PL/pgSQL each statement takes a new snapshot under read committed, the isolation
-- Veiviser runs at.
create function assessment_queue_follow_assessments() returns trigger
    language plpgsql security definer set search_path = public as
$$
begin
    perform 1 from person where id in (select candidate_id from changed_assessment) order by id for share;
    if tg_op = 'UPDATE' then
        delete from assessment_queue q using old_assessment o where q.assessment_id = o.id and o.status = 'SUBMITTED';
    end if;
    insert into assessment_queue (relationship_id, assessment_id, person_id, kind, valid_from, valid_to, changed_at)
    select r.id, a.id, r.person_id, r.kind, r.valid_from, r.valid_to, a.changed_at
      from changed_assessment a
      join supervision_relationship r on r.candidate_id = a.candidate_id
     where a.status = 'SUBMITTED';
    return null;
end
$$;

create function assessment_queue_follow_relationships() returns trigger
    language plpgsql security definer set search_path = public as
$$
begin
    perform 1 from person where id in (select candidate_id from changed_relationship) order by id for no key update;
    if tg_op = 'UPDATE' then
        delete from assessment_queue q using old_relationship o where q.relationship_id = o.id;
    end if;
    insert into assessment_queue (relationship_id, assessment_id, person_id, kind, valid_from, valid_to, changed_at)
    select r.id, a.id, r.person_id, r.kind, r.valid_from, r.valid_to, a.changed_at
      from changed_relationship r
      join goal_assessment a on a.candidate_id = r.candidate_id and a.status = 'SUBMITTED';
    return null;
end
$$;

create trigger assessment_queue_after_assessment_insert after insert on goal_assessment
    referencing new table as changed_assessment
    for each statement execute function assessment_queue_follow_assessments();
create trigger assessment_queue_after_assessment_update after update on goal_assessment
    referencing old table as old_assessment new table as changed_assessment
    for each statement execute function assessment_queue_follow_assessments();
create trigger assessment_queue_after_relationship_insert after insert on supervision_relationship
    referencing new table as changed_relationship
    for each statement execute function assessment_queue_follow_relationships();
create trigger assessment_queue_after_relationship_update after update on supervision_relationship
    referencing old table as old_relationship new table as changed_relationship
    for each statement execute function assessment_queue_follow_relationships();

insert into assessment_queue (relationship_id, assessment_id, person_id, kind, valid_from, valid_to, changed_at)
select r.id, a.id, r.person_id, r.kind, r.valid_from, r.valid_to, a.changed_at
  from supervision_relationship r
  join goal_assessment a on a.candidate_id = r.candidate_id and a.status = 'SUBMITTED';

-- The queues were their only readers: the view of relationships (V39) and the index of everyone's
-- queue in waiting order (V38). V37's index of the submitted by candidate stays: the triggers find a
-- candidate's submitted assessments by it.
drop view supervised_candidate;
drop index goal_assessment_submitted_queue;
