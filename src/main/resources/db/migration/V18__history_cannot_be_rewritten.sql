-- audit, portfolio, programme -------------------------------------------------------------------

-- History is guarded twice: the application's role may not update or delete it (afterMigrate.sql),
-- and these triggers refuse it even to the owner of the tables, including TRUNCATE, which row and
-- statement triggers on UPDATE and DELETE do not see. Only a superuser can get past a trigger
-- (session_replication_role); the application never runs as one.

create function history_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only', tg_table_name using errcode = 'P0001';
end;
$$;

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function history_is_append_only();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function history_is_append_only();
create trigger goal_assessment_event_no_truncate before truncate on goal_assessment_event
    for each statement execute function history_is_append_only();

create trigger activity_comment_no_update_or_delete before update or delete on activity_comment
    for each statement execute function history_is_append_only();
create trigger activity_comment_no_truncate before truncate on activity_comment
    for each statement execute function history_is_append_only();

-- A signature request is decided once. Until then it may change (a withdrawal decides it too).
create function signature_request_decision_is_final() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' or old.decision is not null then
        raise exception 'a decided signature request is never changed (%)', old.id using errcode = 'P0001';
    end if;
    return new;
end;
$$;
create trigger signature_request_decision_is_final before update or delete on signature_request
    for each row execute function signature_request_decision_is_final();
create trigger signature_request_no_truncate before truncate on signature_request
    for each statement execute function history_is_append_only();

-- A service record is decided (confirmed, rejected or withdrawn) once; nothing is deleted.
create function service_record_decision_is_final() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' or old.status <> 'REPORTED' then
        raise exception 'a decided service record is never changed (%)', old.id using errcode = 'P0001';
    end if;
    return new;
end;
$$;
create trigger service_record_decision_is_final before update or delete on service_record
    for each row execute function service_record_decision_is_final();
create trigger service_record_no_truncate before truncate on service_record
    for each statement execute function history_is_append_only();

-- A signed activity keeps its content; a correction is a new version, and the signed one may only
-- become SUPERSEDED. A superseded one never changes again.
create function signed_activity_is_final() returns trigger
    language plpgsql as
$$
declare
    bookkeeping constant text[] := array ['status', 'changed_at', 'changed_by', 'version'];
begin
    if old.status not in ('SIGNED', 'SUPERSEDED') then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op = 'UPDATE' and old.status = 'SIGNED' and new.status = 'SUPERSEDED'
        and (to_jsonb(new) - bookkeeping) = (to_jsonb(old) - bookkeeping) then
        return new;
    end if;
    raise exception 'a signed activity is never changed; correct it with a new version (%)', old.id
        using errcode = 'P0001';
end;
$$;
create trigger signed_activity_is_final before update or delete on learning_activity
    for each row execute function signed_activity_is_final();
create trigger learning_activity_no_truncate before truncate on learning_activity
    for each statement execute function history_is_append_only();
