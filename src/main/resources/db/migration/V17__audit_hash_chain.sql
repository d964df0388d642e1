-- audit -----------------------------------------------------------------------------------------

-- A tamper-evident audit trail: the rows of each organisation (and of the system, for rows with no
-- organisation) form a hash chain. Row n's hash is sha256(hash of row n-1 || canonical text of row n),
-- where the canonical text is
--   jsonb_build_array(chain, seq, occurred_at in UTC to the microsecond, actor, action, subject_type,
--                     subject_id, details, organisation_id)::text
-- and the first row of a chain follows an empty hash. audit_chain_head holds each chain's last
-- position; appending locks that row, so writers of one organisation append one at a time while
-- other organisations' writers do not wait. audit.AuditChain verifies; docs/adr/0005 explains.
create table audit_chain_head (
    chain     text   primary key,
    last_seq  bigint not null,
    last_hash bytea
);

alter table audit_event add column chain text;
alter table audit_event add column seq bigint;

-- Seal the rows written before the chain existed, oldest first, one chain per organisation.
alter table audit_event disable trigger audit_event_no_update_or_delete;
do
$$
    declare
        chain_key text;
        row_id    bigint;
        seq_no  bigint;
        previous  bytea;
    begin
        for chain_key in select distinct coalesce(organisation_id::text, 'system') from audit_event
            loop
                seq_no := 0;
                previous := null;
                for row_id in select id from audit_event
                               where coalesce(organisation_id::text, 'system') = chain_key order by id
                    loop
                        seq_no := seq_no + 1;
                        update audit_event e
                           set chain = chain_key,
                               seq = seq_no,
                               previous_hash = previous,
                               hash = sha256(coalesce(previous, ''::bytea) || convert_to(jsonb_build_array(
                                       chain_key, seq_no,
                                       to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                                       e.actor, e.action, e.subject_type, e.subject_id, e.details,
                                       e.organisation_id)::text, 'UTF8'))
                         where e.id = row_id
                        returning hash into previous;
                    end loop;
                insert into audit_chain_head (chain, last_seq, last_hash) values (chain_key, seq_no, previous);
            end loop;
    end
$$;
alter table audit_event enable trigger audit_event_no_update_or_delete;

alter table audit_event alter column chain set not null;
alter table audit_event alter column seq set not null;
alter table audit_event alter column hash set not null;
create unique index audit_event_chain_seq on audit_event (chain, seq);
