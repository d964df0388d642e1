-- approval: a veileder or supervisor who is asked to recommend a submitted goal may answer "not yet",
-- with a reason, instead of recommending it. It counts as her answer to that submission, so one person
-- answers each submission once (recommend or not yet), and it never counts as a recommendation.
alter table goal_assessment_event drop constraint goal_assessment_event_kind_check;
alter table goal_assessment_event add constraint goal_assessment_event_kind_check
    check (kind in ('SUBMITTED', 'RECALLED', 'RECOMMENDED', 'NOT_YET', 'APPROVED', 'RETURNED', 'REOPENED',
                    'CARRIED_OVER'));
alter table goal_assessment_event drop constraint goal_assessment_event_check;
alter table goal_assessment_event add constraint goal_assessment_event_check
    check (kind not in ('RETURNED', 'REOPENED', 'CARRIED_OVER', 'NOT_YET') or comment is not null);

drop index goal_assessment_event_one_recommendation;
create unique index goal_assessment_event_one_answer
    on goal_assessment_event (submission_id, person_id)
    where kind in ('RECOMMENDED', 'NOT_YET') and submission_id is not null;
