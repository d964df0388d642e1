-- notification, identity --------------------------------------------------------------------------

-- An invitation's notice names its invitation instead of carrying its link; the link is made when
-- the e-mail is sent (identity.Invitations.issueLink). Links kept in earlier notices are removed:
-- their invitations are found by the token's hash, and each keeps its notice, now without a token.
alter table outbox_message add column invitation_id uuid references invitation (id);

update outbox_message m
   set invitation_id = i.id
  from invitation i
 where m.link like '/invitations/%'
   and i.token_hash = encode(sha256(convert_to(substr(m.link, length('/invitations/') + 1), 'UTF8')), 'hex');

update outbox_message
   set body = regexp_replace(body, ':?\s*/invitations/[A-Za-z0-9_-]+', '.', 'g'),
       link = '/invitations',
       changed_at = now(), changed_by = 'system', version = version + 1
 where link like '/invitations/%';
