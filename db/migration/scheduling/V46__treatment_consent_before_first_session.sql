-- The clinic's booking rules an administrator sets: one row. With the rule on, a couple's first session
-- is booked only once both partners' treatment consent is recorded (off by default: the clinic warns).
create table scheduling.booking_rules (
    id                                   boolean primary key default true check (id),
    treatment_consent_before_first_session boolean not null default false,
    changed_at                           timestamptz,
    changed_by                           text
);
insert into scheduling.booking_rules (id) values (true);
