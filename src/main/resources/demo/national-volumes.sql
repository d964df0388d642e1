-- National volumes for benchmarks: organisations, their staff, and candidates with five-year records,
-- written through the real schema and its constraints. Run by `java -jar veiviser.jar generate`
-- (demo.VolumeGenerator), which replaces ${organisations}, ${candidates} and ${largest} and prints
-- each step as it goes. Every row is marked created_by = 'generator'.
--
-- Shape per candidate (about the issue's national figures at 25,000 candidates): one ALIS enrolment
-- from a start in 2020–2021 until today, a veileder, a supervisor and the approver; three confirmed
-- periods, an absence each quarter, an on-call shift every fifth day (the last month still
-- reported); 300 learning activities, each with its signature request (one in twenty with an earlier
-- withdrawn request; the last five still waiting); an assessment of each of the 102 ALM and FKM goals:
-- three in five approved (submitted, recommended by veileder and supervisor, approved), one in twenty
-- submitted and recommended by the veileder, the rest in progress; a guidance session each month.

-- step: læringsmål og navn
create temp table gen_goal as
select row_number() over (order by v.catalog, g.position) - 1 as n, g.code
from learning_goal g join goal_catalog_version v on v.id = g.catalog_version_id
where v.in_use and v.number = 1 and v.catalog in ('ALM', 'FKM');

create temp table gen_name as
select * from (values
  (0, 'Ingrid', 'Hansen'), (1, 'Lars', 'Johansen'), (2, 'Kari', 'Olsen'), (3, 'Ola', 'Larsen'),
  (4, 'Anne', 'Andersen'), (5, 'Per', 'Pedersen'), (6, 'Sigrid', 'Nilsen'), (7, 'Jon', 'Kristiansen'),
  (8, 'Marit', 'Jensen'), (9, 'Nils', 'Karlsen'), (10, 'Liv', 'Johnsen'), (11, 'Erik', 'Pettersen'),
  (12, 'Hanne', 'Eriksen'), (13, 'Knut', 'Berg'), (14, 'Astrid', 'Haugen'), (15, 'Bjørn', 'Hagen'),
  (16, 'Silje', 'Johannessen'), (17, 'Magnus', 'Andreassen'), (18, 'Ida', 'Jacobsen'), (19, 'Jonas', 'Dahl')
) as n(n, given, family);

-- step: utdanningsvirksomheter
create temp table gen_org as
select n, gen_random_uuid() as id,
       case when n = 1 then ${largest} else (${candidates} - ${largest}) / (${organisations} - 1)
            + case when n - 1 <= (${candidates} - ${largest}) % (${organisations} - 1) then 1 else 0 end end as size
from generate_series(1, ${organisations}) n;

insert into education_organisation (id, name, organisation_number, kind, created_at, created_by, changed_at, changed_by)
select id, format('Generert kommune %s', lpad(n::text, 3, '0')), (800000000 + n)::text,
       case when n % 10 = 0 then 'CONSORTIUM' else 'MUNICIPALITY' end, now(), 'generator', now(), 'generator'
from gen_org;

-- step: ansatte (leder, godkjenner, en veileder for hver femte kandidat)
create temp table gen_staff as
select o.n as org, o.id as organisation_id, r.role, r.k, gen_random_uuid() as id
from gen_org o
cross join lateral (
  select 'DEPARTMENT_HEAD' as role, 0 as k
  union all select 'APPROVER', 0
  union all select 'VEILEDER', k from generate_series(0, greatest(1, (o.size - 1) / 5)) k
) r;

insert into person (id, given_name, family_name, email, profession, title, created_at, created_by, changed_at, changed_by)
select s.id, nm.given, nm.family, null, case when s.role = 'DEPARTMENT_HEAD' then 'OTHER' else 'PHYSICIAN' end,
       case when s.role = 'DEPARTMENT_HEAD' then 'Kommuneoverlege' else 'Fastlege' end,
       now(), 'generator', now(), 'generator'
from gen_staff s join gen_name nm on nm.n = (s.org * 7 + s.k) % 20;

insert into account (person_id, username, password_hash, created_at, created_by, changed_at, changed_by)
select id, format('gen.%s.%s%s', lpad(org::text, 3, '0'),
                  case role when 'DEPARTMENT_HEAD' then 'leder' when 'APPROVER' then 'godkjenner' else 'veileder' end,
                  case when role = 'VEILEDER' then '.' || (k + 1) else '' end),
       '${passwordHash}', now(), 'generator', now(), 'generator'
from gen_staff;

insert into person_role (person_id, organisation_id, role, created_at, created_by)
select id, organisation_id, role, now(), 'generator' from gen_staff
union all
select id, organisation_id, 'SUPERVISOR', now(), 'generator' from gen_staff where role = 'VEILEDER';

create index on gen_staff (org, role, k);
analyze gen_staff;

-- step: kandidater og utdanningsløp
create temp table gen_candidate as
select o.n as org, o.id as organisation_id, k, gen_random_uuid() as id, gen_random_uuid() as enrolment_id,
       date '2020-01-01' + ((o.n * 1000 + k) * 37 % 730) as start_date
from gen_org o cross join lateral generate_series(0, o.size - 1) k;
analyze gen_candidate;

insert into person (id, given_name, family_name, email, profession, title, created_at, created_by, changed_at, changed_by)
select c.id, g.given, case when c.k >= 400 then m.family || ' ' else '' end || f.family, null, 'PHYSICIAN',
       'Lege i spesialisering', now(), 'generator', now(), 'generator'
from gen_candidate c join gen_name g on g.n = c.k % 20 join gen_name f on f.n = (c.k / 20) % 20
join gen_name m on m.n = (c.k / 400) % 20;

insert into account (person_id, username, password_hash, created_at, created_by, changed_at, changed_by)
select id, format('gen.%s.kandidat.%s', lpad(org::text, 3, '0'), k + 1), '${passwordHash}', now(), 'generator', now(), 'generator'
from gen_candidate;

insert into person_role (person_id, organisation_id, role, created_at, created_by)
select id, organisation_id, 'CANDIDATE', now(), 'generator' from gen_candidate;

insert into enrolment (id, candidate_id, organisation_id, programme, scheme, start_date, position_percent,
                       created_at, created_by, changed_at, changed_by)
select enrolment_id, id, organisation_id, 'ALIS', 'NEW', start_date, 100, now(), 'generator', now(), 'generator'
from gen_candidate;

insert into enrolment_catalog (enrolment_id, catalog_version_id, created_at, created_by, changed_at, changed_by)
select c.enrolment_id, v.id, now(), 'generator', now(), 'generator'
from gen_candidate c cross join goal_catalog_version v
where v.in_use and v.number = 1 and v.catalog in ('ALM', 'FKM');

-- step: veileder, supervisør og godkjenner for hver kandidat
create temp table gen_people as
select c.id as candidate_id, c.start_date,
       v.id as veileder_id, coalesce(next.id, previous.id) as supervisor_id, a.id as approver_id, h.id as head_id
from gen_candidate c
join gen_staff v on v.org = c.org and v.role = 'VEILEDER' and v.k = c.k / 5
left join gen_staff next on next.org = c.org and next.role = 'VEILEDER' and next.k = c.k / 5 + 1
left join gen_staff previous on previous.org = c.org and previous.role = 'VEILEDER' and previous.k = c.k / 5 - 1
join gen_staff a on a.org = c.org and a.role = 'APPROVER'
join gen_staff h on h.org = c.org and h.role = 'DEPARTMENT_HEAD';
create index on gen_people (candidate_id);
analyze gen_people;

insert into supervision_relationship (id, candidate_id, person_id, kind, valid_from, created_at, created_by, changed_at, changed_by)
select gen_random_uuid(), candidate_id, person_id, kind, start_date, now(), 'generator', now(), 'generator'
from gen_people cross join lateral (values
  (veileder_id, 'VEILEDER'), (supervisor_id, 'SUPERVISOR'), (approver_id, 'APPROVER')) r(person_id, kind);

-- step: tjenesteperioder, fravær og vakter
insert into service_record (id, enrolment_id, kind, from_date, to_date, category, position_percent, employer,
                            status, decided_by, decided_at, created_at, created_by, changed_at, changed_by, version)
select gen_random_uuid(), c.enrolment_id, 'PERIOD', p.from_date, p.to_date, p.category, 100, p.employer,
       'CONFIRMED', h.head_id, now(), now(), 'generator', now(), 'generator', 1
from gen_candidate c join gen_people h on h.candidate_id = c.id
cross join lateral (values
  (c.start_date, c.start_date + 729, 'OPEN_PRACTICE', 'Legesenteret'),
  (c.start_date + 730, c.start_date + 911, 'INSTITUTION', 'Helsehuset'),
  (c.start_date + 912, current_date - 31, 'OPEN_PRACTICE', 'Legesenteret')) p(from_date, to_date, category, employer);

insert into service_record (id, enrolment_id, kind, from_date, to_date, absence_type,
                            status, decided_by, decided_at, created_at, created_by, changed_at, changed_by, version)
select gen_random_uuid(), c.enrolment_id, 'ABSENCE', d, d + 13, 'HOLIDAY',
       'CONFIRMED', h.head_id, now(), now(), 'generator', now(), 'generator', 1
from gen_candidate c join gen_people h on h.candidate_id = c.id
cross join lateral generate_series(c.start_date + 60, current_date - 60, interval '91 days') g(t)
cross join lateral (select g.t::date as d) x;

insert into service_record (id, enrolment_id, kind, shift_start, shift_end,
                            status, decided_by, decided_at, created_at, created_by, changed_at, changed_by, version)
select gen_random_uuid(), c.enrolment_id, 'ON_CALL_SHIFT', g.t + interval '16 hours', g.t + interval '24 hours',
       case when g.t < current_date - 30 then 'CONFIRMED' else 'REPORTED' end,
       case when g.t < current_date - 30 then h.head_id end, case when g.t < current_date - 30 then now() end,
       now(), 'generator', now(), 'generator', case when g.t < current_date - 30 then 1 else 0 end
from gen_candidate c join gen_people h on h.candidate_id = c.id
cross join lateral generate_series(c.start_date::timestamp, current_date - 1, interval '5 days') g(t);

-- step: læringsaktiviteter (300 per kandidat)
create temp table gen_activity as
select gen_random_uuid() as id, c.id as candidate_id, h.supervisor_id, a.n,
       c.start_date + (a.n * ((current_date - 1 - c.start_date) / 300)) as performed_on,
       case when a.n >= 295 then 'SENT' else 'SIGNED' end as status
from gen_candidate c join gen_people h on h.candidate_id = c.id
cross join generate_series(0, 299) a(n);

insert into learning_activity (id, candidate_id, type, description, performed_on, goal_codes, status,
                               created_at, created_by, changed_at, changed_by, version)
select a.id, a.candidate_id,
       case a.n % 3 when 0 then 'JOINT_CONSULTATION' when 1 then 'PRACTICE_VISIT' else 'MEETING' end,
       case a.n % 3 when 0 then 'Felleskonsultasjon med supervisør' when 1 then 'Praksisbesøk'
                    else 'Faglig møte på legekontoret' end || ' nr. ' || (a.n + 1),
       a.performed_on, array[g.code], a.status,
       now(), 'generator', now(), 'generator', case when a.status = 'SIGNED' then 2 else 1 end
from gen_activity a join gen_goal g on g.n = a.n % (select count(*) from gen_goal);

-- step: signaturforespørsler
insert into signature_request (id, activity_id, signer_id, requested_at, decision, decided_at, comment,
                               created_at, created_by, changed_at, changed_by, version)
select gen_random_uuid(), a.id, a.supervisor_id, a.performed_on + interval '8 hours', 'WITHDRAWN',
       a.performed_on + interval '9 hours', null, now(), 'generator', now(), 'generator', 1
from gen_activity a where a.n % 20 = 7;

insert into signature_request (id, activity_id, signer_id, requested_at, decision, decided_at,
                               created_at, created_by, changed_at, changed_by, version)
select gen_random_uuid(), a.id, a.supervisor_id, a.performed_on + interval '10 hours',
       case when a.status = 'SIGNED' then 'SIGNED' end,
       case when a.status = 'SIGNED' then a.performed_on + interval '34 hours' end,
       now(), 'generator', now(), 'generator', case when a.status = 'SIGNED' then 1 else 0 end
from gen_activity a;

-- step: vurderinger av læringsmål med hendelser
create temp table gen_assessment as
select gen_random_uuid() as id, p.candidate_id, p.veileder_id, p.supervisor_id, p.approver_id, g.code,
       case when g.n % 20 < 12 then 'APPROVED' when g.n % 20 = 12 then 'SUBMITTED' else 'IN_PROGRESS' end as status,
       p.start_date + (g.n * 15)::int as submitted_on
from gen_people p cross join gen_goal g;

insert into goal_assessment (id, candidate_id, goal_code, status, candidate_justification,
                             created_at, created_by, changed_at, changed_by, version)
select id, candidate_id, code, status,
       case when status <> 'IN_PROGRESS' then 'Felleskonsultasjoner og praksisbesøk, signert.' end,
       now(), 'generator', now(), 'generator', 0
from gen_assessment;

insert into goal_assessment_event (id, assessment_id, kind, person_id, role, comment, occurred_at, submission_id,
                                   created_at, created_by, changed_at, changed_by)
select e.id, a.id, e.kind, e.person_id, e.role, e.comment, a.submitted_on + e.after, e.submission_id,
       now(), 'generator', now(), 'generator'
from gen_assessment a
cross join lateral (values
  (md5(a.id::text || 'submitted')::uuid, 'SUBMITTED', a.candidate_id, 'CANDIDATE',
   'Felleskonsultasjoner og praksisbesøk, signert.', interval '0 days', null::uuid),
  (md5(a.id::text || 'veileder')::uuid, 'RECOMMENDED', a.veileder_id, 'VEILEDER', 'Anbefales.', interval '3 days',
   md5(a.id::text || 'submitted')::uuid),
  (md5(a.id::text || 'supervisor')::uuid, 'RECOMMENDED', a.supervisor_id, 'SUPERVISOR', 'Anbefales.', interval '4 days',
   md5(a.id::text || 'submitted')::uuid),
  (md5(a.id::text || 'approved')::uuid, 'APPROVED', a.approver_id, 'APPROVER',
   'Godkjent etter anbefaling fra veileder og supervisør.', interval '7 days', null::uuid)
) e(id, kind, person_id, role, comment, after, submission_id)
where a.status = 'APPROVED'
   or (a.status = 'SUBMITTED' and e.kind in ('SUBMITTED', 'RECOMMENDED') and e.role <> 'SUPERVISOR');

-- step: veiledningssamtaler (én i måneden)
insert into guidance_session (id, candidate_id, veileder_id, held_on, starts_at, ends_at, mode, status,
                              finalised_at, finalised_by, created_at, created_by, changed_at, changed_by, version)
select gen_random_uuid(), p.candidate_id, p.veileder_id, g.t::date, time '13:00',
       case when extract(month from g.t)::int % 2 = 0 then time '16:30' else time '16:00' end, 'IN_PERSON', 'FINALISED',
       g.t + interval '17 hours', p.veileder_id, now(), 'generator', now(), 'generator', 1
from gen_people p
cross join lateral generate_series(p.start_date + 14, current_date - 1, interval '1 month') g(t);

-- step: statistikk for spørringsplanleggeren
analyze;
