-- A list of candidates is shown by name, fifty at a time. Sorting all 2,000 of the largest
-- municipality's candidates by name for each page took 7-11 ms; with the names in order in this
-- index, a page walks the names from the start and keeps those enrolled there until it has fifty
-- (a few hundred entries for the largest, about 1 ms). For an organisation of few candidates the
-- planner still finds them through the enrolments and sorts the few.
create index person_by_name on person (family_name, given_name, id);
