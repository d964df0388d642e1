-- organisation ----------------------------------------------------------------------------------------

-- Whether the municipality asks the veileder to write a justification when she recommends a goal
-- (her recommendation is then refused without one). Off by default: the regulation asks that the
-- veileder is heard, not that she writes.
alter table education_organisation add column veileder_justification_required boolean not null default false;
