-- A recorded group meeting is corrected, like a finalised guidance session, by a new meeting that
-- names the one it corrects and why; the corrected one stays as it was and no longer counts. A
-- meeting is corrected at most once (its correction may be corrected in turn). Neither a meeting
-- nor its attendance is ever changed or deleted.
alter table guidance_group_meeting
    add column corrects          uuid references guidance_group_meeting (id),
    add column correction_reason text,
    add constraint guidance_group_meeting_correction check ((corrects is null) = (correction_reason is null));
create unique index guidance_group_meeting_one_correction on guidance_group_meeting (corrects) where corrects is not null;

create trigger guidance_group_meeting_never_changed before update on guidance_group_meeting
    for each statement execute function history_is_append_only();
create trigger guidance_group_attendance_never_changed before update on guidance_group_attendance
    for each statement execute function history_is_append_only();
