-- The topic of a clinical topic course (kliniske emnekurs). Six different topics of at least 15 hours
-- count (docs/rules/ALIS-COURSES.md), so the topic is part of what the certificate documents. Each
-- activity of the certificate carries it; a correction is a new activity that refers to the one it
-- corrects, so the topic is read through that chain. A topic is never changed or removed.
create table course_topic (
    activity_id uuid primary key references learning_activity (id),
    topic       text        not null check (length(topic) between 1 and 200),
    created_at  timestamptz not null,
    created_by  text        not null,
    changed_at  timestamptz not null,
    changed_by  text        not null,
    version     integer     not null default 0
);
