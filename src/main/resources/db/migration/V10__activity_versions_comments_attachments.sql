-- portfolio -------------------------------------------------------------------------------------------

-- A signed activity is never edited. A correction is a new activity that names the version it
-- replaces and why; the replaced one keeps its content and signature and becomes SUPERSEDED.
alter table learning_activity drop constraint learning_activity_status_check;
alter table learning_activity add constraint learning_activity_status_check
    check (status in ('DRAFT', 'SENT', 'SIGNED', 'REJECTED', 'SUPERSEDED'));
alter table learning_activity add column previous_version_id uuid unique references learning_activity (id);
alter table learning_activity add column correction_reason text;
alter table learning_activity add constraint learning_activity_correction_has_reason
    check ((previous_version_id is null) = (correction_reason is null));

-- Comments on an activity by the candidate or the veileder/supervisors related to her. Never changed.
create table activity_comment (
    id          uuid primary key,
    activity_id uuid        not null references learning_activity (id),
    author_id   uuid        not null references person (id),
    body        text        not null check (length(btrim(body)) > 0),
    created_at  timestamptz not null,
    created_by  text        not null,
    changed_at  timestamptz not null,
    changed_by  text        not null,
    version     integer     not null default 0
);
create index activity_comment_activity on activity_comment (activity_id, created_at);

-- A file documenting an activity (a course certificate, a visit report). The media type is the one
-- found in the content, not the one the browser claimed. One file may document several activities
-- (a course certificate proposes one activity per goal of the course).
create table attachment (
    id           uuid primary key,
    candidate_id uuid        not null references person (id),
    filename     text        not null,
    media_type   text        not null check (media_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes   integer     not null check (size_bytes > 0),
    sha256       text        not null,
    content      bytea       not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    changed_at   timestamptz not null,
    changed_by   text        not null,
    version      integer     not null default 0
);

create table activity_attachment (
    activity_id   uuid        not null references learning_activity (id),
    attachment_id uuid        not null references attachment (id),
    created_at    timestamptz not null,
    created_by    text        not null,
    changed_at    timestamptz not null,
    changed_by    text        not null,
    version       integer     not null default 0,
    primary key (activity_id, attachment_id)
);
create index activity_attachment_attachment on activity_attachment (attachment_id);
