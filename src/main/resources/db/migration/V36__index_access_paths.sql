-- An index led by every foreign key that something reads by (ForeignKeysAreIndexedTest), so that
-- reading a thing's children never scans the whole child table. At national size the activity list's
-- newest signature request per activity scanned 7.4 million rows: signature_request.activity_id had
-- only a partial index for open requests. Columns that only record who did something
-- (decided_by, written_by, finalised_by, author_id, on_behalf_of) are not read by and get none.
create index signature_request_activity_idx on signature_request (activity_id, requested_at desc);
create index access_log_reader_id_idx on access_log (reader_id);
create index attachment_candidate_id_idx on attachment (candidate_id);
create index catalog_import_applied_version_id_idx on catalog_import (applied_version_id);
create index catalog_import_based_on_version_idx on catalog_import (based_on_version);
create index catalog_transition_enrolment_id_idx on catalog_transition (enrolment_id);
create index catalog_transition_from_version_id_idx on catalog_transition (from_version_id);
create index catalog_transition_to_version_id_idx on catalog_transition (to_version_id);
create index enrolment_arena_id_idx on enrolment (arena_id);
create index enrolment_organisation_id_idx on enrolment (organisation_id);
create index enrolment_catalog_catalog_version_id_idx on enrolment_catalog (catalog_version_id);
create index enrolment_catalog_enrolment_id_idx on enrolment_catalog (enrolment_id);
create index goal_approval_evidence_activity_id_idx on goal_approval_evidence (activity_id);
create index goal_approval_evidence_signature_request_id_idx on goal_approval_evidence (signature_request_id);
create index goal_assessment_event_person_id_idx on goal_assessment_event (person_id);
create index goal_assessment_event_submission_id_idx on goal_assessment_event (submission_id);
create index guidance_group_leader_person_id_idx on guidance_group_leader (person_id);
create index guidance_group_meeting_corrects_idx on guidance_group_meeting (corrects);
create index guidance_session_corrects_idx on guidance_session (corrects);
create index guidance_share_person_id_idx on guidance_share (person_id);
create index guidance_share_session_id_idx on guidance_share (session_id);
create index outbox_message_invitation_id_idx on outbox_message (invitation_id);
create index outbox_message_recipient_id_idx on outbox_message (recipient_id);
create index person_role_organisation_id_idx on person_role (organisation_id);
create index service_record_arena_id_idx on service_record (arena_id);
create index service_record_replaces_idx on service_record (replaces);
create index signature_request_signer_id_idx on signature_request (signer_id);
create index veileder_work_time_candidate_id_idx on veileder_work_time (candidate_id);
