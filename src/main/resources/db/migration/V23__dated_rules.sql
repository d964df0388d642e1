-- § 2 gives the guidance hours for allmennmedisin period by period (3 hours a month in 10.5 months from
-- 1 March 2019, 4 from 1 January 2021, 42 hours a year from 1 January 2025), so the organisation's
-- reading of 3 or 4 hours no longer has anything to decide. Where the sources still differ is how long
-- institution service, another specialty and research may count together: Drammen reads 21 months;
-- § 31 lets another specialty count up to three years and three months (39).
alter table education_organisation
    drop column guidance_hours_per_month,
    add column other_service_cap_months numeric(4, 1) check (other_service_cap_months in (21, 39));

-- Absence caused by the covid-19 outbreak, which § 31 (from 17 June 2020) does not deduct in part 1.
alter table service_record drop constraint service_record_absence_type_check;
alter table service_record add constraint service_record_absence_type_check
    check (absence_type in ('HOLIDAY', 'COURSE', 'SICK_LEAVE', 'PARENTAL_LEAVE', 'LEAVE_OF_ABSENCE', 'COVID19'));
