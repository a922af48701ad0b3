-- Superbills and packages (ADR 0047).

-- The one partner who came to an individual session; null for a session of the couple. A superbill
-- for one partner lists the couple's sessions and that partner's own individual sessions only.
alter table billing.charge add column person_id uuid;
create index charge_by_person on billing.charge (person_id) where person_id is not null;

-- A diagnosis a clinician on the care team recorded for one partner (ICD-10, e.g. Z63.0), printed
-- on that partner's superbills only. Never deleted: one that no longer applies gets an end date.
create table billing.diagnosis (
    id             uuid primary key,
    couple_id      uuid not null,
    person_id      uuid not null,
    code           text not null check (code ~ '^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$'),
    description    text not null check (length(description) between 1 and 500),
    since          date not null,
    ended_on       date check (ended_on >= since),
    recorded_at    timestamptz not null,
    recorded_by    text not null,
    ended_by       text
);
create index diagnosis_by_partner on billing.diagnosis (couple_id, person_id);

-- A prepaid course of sessions of one fee line: sold as one charge, drawn down by each session of
-- that line, whose own charge an adjustment of kind PACKAGE brings to nothing.
alter table billing.charge drop constraint charge_kind_check;
alter table billing.charge add constraint charge_kind_check
    check (kind in ('SESSION', 'NO_SHOW', 'LATE_CANCELLATION', 'WORKSHOP_PLACE', 'PACKAGE'));
alter table billing.adjustment drop constraint adjustment_kind_check;
alter table billing.adjustment add constraint adjustment_kind_check
    check (kind in ('ADJUSTMENT', 'WRITE_OFF', 'PACKAGE'));

create table billing.session_package (
    id          uuid primary key,
    couple_id   uuid not null,
    fee_id      uuid not null references billing.fee (id),
    sessions    integer not null check (sessions between 2 and 50),
    price       numeric(12, 2) not null check (price > 0),
    sold_on     date not null,
    sold_at     timestamptz not null,
    sold_by     text not null
);
create index session_package_by_couple on billing.session_package (couple_id, sold_on);
create index session_package_by_fee on billing.session_package (fee_id);

create table billing.package_use (
    package_id  uuid not null references billing.session_package (id),
    charge_id   uuid not null unique references billing.charge (id),
    primary key (package_id, charge_id)
);
