-- Who supervises, approves or deputises for whom, and from when to when: the programme module's
-- published read of its relationships, for queues in other modules. An approver of 2,000 candidates
-- had all 2,000 ids sent back to the database with every page of her queue (and each page planned for
-- that list); a queue now names the person and lets the database find her candidates.
create view supervised_candidate as
select person_id, candidate_id, kind, valid_from, valid_to
  from supervision_relationship;
