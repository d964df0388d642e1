-- approval: what the approver saw when she approved a goal. Activity versions never change once
-- signed (V18) and a correction is a new version, so naming the versions and the signatures that
-- stood as evidence at that moment freezes the basis. Later activities and corrections are shown
-- beside it as "after the approval"; they never move into it.
create table goal_approval_evidence (
    approval_event_id    uuid not null references goal_assessment_event (id),
    activity_id          uuid not null references learning_activity (id),
    signature_request_id uuid not null references signature_request (id),
    created_at           timestamptz not null,
    created_by           text        not null,
    changed_at           timestamptz not null,
    changed_by           text        not null,
    version              integer     not null default 0,
    primary key (approval_event_id, activity_id)
);

create trigger goal_approval_evidence_no_update_or_delete before update or delete on goal_approval_evidence
    for each statement execute function history_is_append_only();
create trigger goal_approval_evidence_no_truncate before truncate on goal_approval_evidence
    for each statement execute function history_is_append_only();

-- Approvals made before this table existed: the signed versions linked to the goal whose signature
-- came before the approval, unless their own correction was also signed before it.
insert into goal_approval_evidence (approval_event_id, activity_id, signature_request_id, created_at, created_by,
                                    changed_at, changed_by)
select approval.id, activity.id, signature.id, approval.occurred_at, 'migration V26', approval.occurred_at, 'migration V26'
  from goal_assessment_event approval
  join goal_assessment assessment on assessment.id = approval.assessment_id
  join learning_activity activity on activity.candidate_id = assessment.candidate_id
                                 and assessment.goal_code = any (activity.goal_codes)
  join signature_request signature on signature.activity_id = activity.id and signature.decision = 'SIGNED'
                                  and signature.decided_at <= approval.occurred_at
 where approval.kind = 'APPROVED'
   and not exists (select 1
                     from learning_activity correction
                     join signature_request signed on signed.activity_id = correction.id and signed.decision = 'SIGNED'
                    where correction.previous_version_id = activity.id
                      and signed.decided_at <= approval.occurred_at);
