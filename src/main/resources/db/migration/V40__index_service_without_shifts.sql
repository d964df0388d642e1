-- The veileder's guidance page counts each candidate's months of service from her periods and
-- absences only. A five-year record at national size holds some 450 records, 360 of them on-call
-- shifts; this index finds the others without reading the shifts.
create index service_record_employment on service_record (enrolment_id) where kind <> 'ON_CALL_SHIFT';
