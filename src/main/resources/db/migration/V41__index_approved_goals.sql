-- The department head's list shows, for each of fifty candidates, how many of her assigned goals are
-- approved. Read through the unique (candidate, goal) index, each candidate's 96 assessments were
-- fetched from the table to see which are approved; this index holds the approved ones alone, so
-- each candidate's are read from the index.
create index goal_assessment_approved on goal_assessment (candidate_id, goal_code) where status = 'APPROVED';
