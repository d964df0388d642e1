-- The department head's list of candidates (EnrolmentRepository.CANDIDATES_BY_NAME) walks the index of
-- names and asks, for each person, whether she is enrolled at the organisation: with the organisation
-- beside the candidate in the index, that is answered from the index alone, not from the table. Her
-- count reads the organisation's candidates from the index alone, already in candidate order, where
-- it read 2,000 enrolments from the table and sorted them (the statement 2.8 -> 1.2 ms for the
-- largest municipality). Each replaces the index of its leading column alone.
create index enrolment_candidate_organisation on enrolment (candidate_id, organisation_id);
drop index enrolment_candidate;
create index enrolment_organisation_candidate on enrolment (organisation_id, candidate_id);
drop index enrolment_organisation_id_idx;
