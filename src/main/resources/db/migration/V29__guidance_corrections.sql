-- A finalised session is never changed (V28). A mistake in it is corrected by a new version that
-- names the one it corrects and why; the new version is planned with the same day, time and text,
-- changed as needed, and once the veileder finalises it, it counts instead of the old one. At most
-- one correction of a session stands at a time.
alter table guidance_session add column corrects uuid references guidance_session (id);
alter table guidance_session add column correction_reason text;
alter table guidance_session add constraint guidance_session_correction_has_a_reason
    check ((corrects is null) = (correction_reason is null));
create unique index guidance_session_one_standing_correction on guidance_session (corrects)
    where corrects is not null and status <> 'CANCELLED';
