-- organisation ----------------------------------------------------------------------------------------

-- How the municipality reads the points where the sources disagree (docs/rules): individual guidance
-- hours a month (3 in the 2019 regulation text, 4 in the Drammen plan and alis.no) and whether six
-- months of institution service is a requirement or a recommendation. Null: the rule set's default.
alter table education_organisation add column guidance_hours_per_month numeric(3, 1)
    check (guidance_hours_per_month in (3, 4));
alter table education_organisation add column institution_service_required boolean;
