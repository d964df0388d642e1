-- approval --------------------------------------------------------------------------------------

-- A recommendation answers one submission: the database, not only the service's lock, lets a person
-- recommend a submission once. submission_id names the SUBMITTED event a RECOMMENDED event answers.
alter table goal_assessment_event add column submission_id uuid references goal_assessment_event (id);

-- Earlier recommendations answer the latest submission before them. Where two by the same person
-- answer one submission (written before this guard), the first keeps the link and the later stays
-- as it was, a record of what happened.
alter table goal_assessment_event disable trigger goal_assessment_event_no_update_or_delete;
with answered as (
    select r.id,
           (select s.id from goal_assessment_event s
             where s.assessment_id = r.assessment_id and s.kind = 'SUBMITTED' and s.occurred_at <= r.occurred_at
             order by s.occurred_at desc, s.created_at desc limit 1) as submission_id
      from goal_assessment_event r
     where r.kind = 'RECOMMENDED'),
     first_of_each as (
    select distinct on (a.submission_id, e.person_id) a.id, a.submission_id
      from answered a join goal_assessment_event e on e.id = a.id
     where a.submission_id is not null
     order by a.submission_id, e.person_id, e.occurred_at, e.created_at)
update goal_assessment_event e set submission_id = f.submission_id from first_of_each f where e.id = f.id;
alter table goal_assessment_event enable trigger goal_assessment_event_no_update_or_delete;

create unique index goal_assessment_event_one_recommendation
    on goal_assessment_event (submission_id, person_id) where kind = 'RECOMMENDED' and submission_id is not null;
