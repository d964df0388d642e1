-- portfolio: a candidate may throw away a draft she never sent (it is kept, marked DISCARDED, and no
-- longer listed) and take back an activity she sent before it is decided (the request is closed as
-- WITHDRAWN, the activity is a draft again).
alter table learning_activity drop constraint learning_activity_status_check;
alter table learning_activity add constraint learning_activity_status_check
    check (status in ('DRAFT', 'SENT', 'SIGNED', 'REJECTED', 'SUPERSEDED', 'DISCARDED'));
alter table signature_request drop constraint signature_request_decision_check;
alter table signature_request add constraint signature_request_decision_check
    check (decision in ('SIGNED', 'REJECTED', 'WITHDRAWN'));
