-- The approver's and recommenders' queues read the submitted assessments of their candidates. With
-- only (candidate_id, goal_code), every assessment of each candidate is read and most are thrown away
-- (at national size 1,030 ms a call for an approver with 2,000 candidates); this index holds only the
-- submitted ones.
create index goal_assessment_submitted_idx on goal_assessment (candidate_id) where status = 'SUBMITTED';
