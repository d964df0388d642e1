-- programme ------------------------------------------------------------------------------------------

-- What the requirements engine counts and the product did not hold before: service periods,
-- absences and on-call shifts. The candidate reports them, the municipality (department head of the
-- enrolment's organisation) confirms or rejects them. Nothing is deleted: a withdrawn or rejected
-- record stays with its status, and only confirmed records count towards readiness.
create table service_record (
    id                uuid primary key,
    enrolment_id      uuid          not null references enrolment (id),
    kind              text          not null check (kind in ('PERIOD', 'ABSENCE', 'ON_CALL_SHIFT')),
    from_date         date,
    to_date           date,
    category          text check (category in ('OPEN_PRACTICE', 'OTHER_GP_SERVICE', 'INSTITUTION',
                                      'OTHER_SPECIALTY', 'RESEARCH', 'COMMUNITY_MEDICINE', 'MUNICIPAL_LIS1')),
    position_percent  numeric(5, 2) check (position_percent >= 1 and position_percent <= 100),
    exemption50       boolean       not null default false,
    employer          text,
    arena_id          uuid references learning_arena (id),
    absence_type      text check (absence_type in ('HOLIDAY', 'COURSE', 'SICK_LEAVE', 'PARENTAL_LEAVE',
                                      'LEAVE_OF_ABSENCE')),
    -- Wall-clock time in Europe/Oslo: what the rules compare with opening hours.
    shift_start       timestamp,
    shift_end         timestamp,
    status            text          not null check (status in ('REPORTED', 'CONFIRMED', 'REJECTED', 'WITHDRAWN')),
    decided_by        uuid references person (id),
    decided_at        timestamptz,
    decision_comment  text,
    created_at        timestamptz   not null,
    created_by        text          not null,
    changed_at        timestamptz   not null,
    changed_by        text          not null,
    version           integer       not null default 0,
    check (kind <> 'PERIOD' or (from_date is not null and to_date >= from_date and category is not null
                                and position_percent is not null)),
    check (kind <> 'ABSENCE' or (from_date is not null and to_date >= from_date and absence_type is not null)),
    check (kind <> 'ON_CALL_SHIFT' or (shift_start is not null and shift_end > shift_start)),
    check ((status in ('CONFIRMED', 'REJECTED')) = (decided_by is not null and decided_at is not null)),
    check (status <> 'REJECTED' or decision_comment is not null)
);
create index service_record_enrolment on service_record (enrolment_id);
create index service_record_reported on service_record (enrolment_id) where status = 'REPORTED';
