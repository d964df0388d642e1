-- An approver's queue is counted up to a thousand. With her relationships in candidate order, and
-- what the count filters on beside them, the count takes her candidates one at a time from this index
-- alone and stops after the first few hundred; through the index of person_id alone it gathered all
-- 2,000 of the largest municipality's approver, read from the table, before counting one (count
-- 3.3 -> 1.8 ms). Every lookup by person_id can use this index, so it replaces that one.
create index supervision_relationship_person_candidate on supervision_relationship (person_id, candidate_id)
    include (kind, valid_from, valid_to);
drop index supervision_relationship_person;
