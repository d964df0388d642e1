-- A page of a queue is its fifty longest-waiting submitted goals among the approver's candidates. Read
-- through V37's index, all of them (10,000 for an approver of 2,000 candidates) were fetched and sorted
-- for every page (73 ms at national size). This index holds the submitted ones in the queue's order
-- with the candidate beside each, so a page walks it from the front, keeps her candidates' entries and
-- stops after fifty; how many there are is counted from V37's index alone.
create index goal_assessment_submitted_queue on goal_assessment (changed_at, id) include (candidate_id)
    where status = 'SUBMITTED';
