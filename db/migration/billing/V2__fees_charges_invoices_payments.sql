-- Billing (ADR 0036): money in numeric(12,2), rounded once in the application (HALF_EVEN, 2 places).
-- Nothing here is ever deleted: charges are corrected by adjustments, issued invoices by credit notes.

-- The fee schedule: one line per service and length. A session charges the line of its service whose
-- length is nearest to the session's own (ties to the longer line).
create table billing.fee (
    id          uuid primary key,
    service     text not null check (service in ('JOINT', 'INDIVIDUAL', 'INTENSIVE', 'WORKSHOP_PLACE',
                                                 'LATE_CANCELLATION', 'NO_SHOW')),
    minutes     integer check (minutes > 0),
    label       text not null,
    cpt_code    text check (cpt_code ~ '^[0-9]{5}$'),
    amount      numeric(12, 2) not null check (amount >= 0),
    changed_at  timestamptz not null,
    changed_by  text not null,
    unique nulls not distinct (service, minutes)
);

-- A couple's sliding-scale fee: this share of every scheduled fee.
create table billing.sliding_scale (
    couple_id   uuid primary key,
    percent     numeric(5, 2) not null check (percent > 0 and percent <= 100),
    reason      text not null check (length(reason) > 0),
    changed_at  timestamptz not null,
    changed_by  text not null
);

-- Who pays a couple's invoices.
create table billing.payer (
    couple_id          uuid primary key,
    kind               text not null check (kind in ('PARTNER', 'SPLIT', 'THIRD_PARTY')),
    person_id          uuid,
    share_percent      numeric(5, 2) check (share_percent >= 0 and share_percent <= 100),
    third_party_name   text,
    third_party_address text,
    changed_at         timestamptz not null,
    changed_by         text not null
);

-- A charge, made once per (source, couple, kind): a session's redelivered event finds it already there.
create table billing.charge (
    id            uuid primary key,
    couple_id     uuid not null,
    source_id     uuid not null,
    kind          text not null check (kind in ('SESSION', 'NO_SHOW', 'LATE_CANCELLATION', 'WORKSHOP_PLACE')),
    service_date  date not null,
    description   text not null,
    cpt_code      text,
    therapist_id  uuid,
    amount        numeric(12, 2) not null check (amount >= 0),
    created_at    timestamptz not null,
    unique (source_id, couple_id, kind)
);
create index charge_by_couple on billing.charge (couple_id, service_date);

-- Corrections of a charge not yet invoiced: a signed amount and the reason; a write-off brings it to nothing.
create table billing.adjustment (
    id          uuid primary key,
    charge_id   uuid not null references billing.charge (id),
    kind        text not null check (kind in ('ADJUSTMENT', 'WRITE_OFF')),
    amount      numeric(12, 2) not null,
    reason      text not null check (length(reason) > 0),
    made_at     timestamptz not null,
    made_by     text not null
);
create index adjustment_by_charge on billing.adjustment (charge_id);

-- Gap-free numbers per series and year: the row is locked by the issuing transaction until it commits.
create table billing.number_counter (
    series  text not null,
    year    integer not null,
    last    integer not null,
    primary key (series, year)
);

create table billing.invoice (
    id               uuid primary key,
    number           text not null unique,
    couple_id        uuid not null,
    issued_on        date not null,
    due_on           date not null,
    currency         text not null check (currency ~ '^[A-Z]{3}$'),
    total            numeric(12, 2) not null check (total >= 0),
    payer_kind       text not null,
    payer_person_id  uuid,
    share_percent    numeric(5, 2),
    payer_name       text not null,
    issued_at        timestamptz not null,
    issued_by        text not null
);
create index invoice_by_couple on billing.invoice (couple_id, issued_on);

create table billing.invoice_line (
    invoice_id    uuid not null references billing.invoice (id),
    charge_id     uuid not null unique references billing.charge (id),
    position      integer not null,
    service_date  date not null,
    description   text not null,
    cpt_code      text,
    amount        numeric(12, 2) not null,
    primary key (invoice_id, position)
);

create table billing.credit_note (
    id          uuid primary key,
    number      text not null unique,
    invoice_id  uuid not null references billing.invoice (id),
    amount      numeric(12, 2) not null check (amount > 0),
    reason      text not null check (length(reason) > 0),
    issued_on   date not null,
    issued_at   timestamptz not null,
    issued_by   text not null
);
create index credit_note_by_invoice on billing.credit_note (invoice_id);

-- An issued invoice, its lines and credit notes never change and are never deleted.
create function billing.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'an issued % never changes; correct it with a credit note', tg_table_name
        using errcode = 'P0001';
end $$;
create trigger invoice_never_changes before update or delete on billing.invoice
    for each row execute function billing.refuse_change();
create trigger invoice_line_never_changes before update or delete on billing.invoice_line
    for each row execute function billing.refuse_change();
create trigger credit_note_never_changes before update or delete on billing.credit_note
    for each row execute function billing.refuse_change();

create table billing.payment (
    id           uuid primary key,
    couple_id    uuid not null,
    paid_by      uuid,
    method       text not null check (method in ('CASH', 'CARD_TERMINAL', 'BANK_TRANSFER')),
    reference    text,
    amount       numeric(12, 2) not null check (amount > 0),
    received_on  date not null,
    recorded_at  timestamptz not null,
    recorded_by  text not null
);
create index payment_by_couple on billing.payment (couple_id, received_on);

-- Money of a payment put against an invoice; a credit note releases what it took off as a negative row.
create table billing.allocation (
    id          uuid primary key,
    payment_id  uuid not null references billing.payment (id),
    invoice_id  uuid not null references billing.invoice (id),
    amount      numeric(12, 2) not null check (amount <> 0),
    made_at     timestamptz not null
);
create index allocation_by_payment on billing.allocation (payment_id);
create index allocation_by_invoice on billing.allocation (invoice_id);

create table billing.refund (
    id           uuid primary key,
    payment_id   uuid not null references billing.payment (id),
    amount       numeric(12, 2) not null check (amount > 0),
    reason       text not null check (length(reason) > 0),
    refunded_on  date not null,
    recorded_at  timestamptz not null,
    recorded_by  text not null
);
create index refund_by_payment on billing.refund (payment_id);

-- A starting fee schedule for the administrator to change (amounts in the configured currency).
insert into billing.fee (id, service, minutes, label, cpt_code, amount, changed_at, changed_by) values
    ('b0000000-0000-4000-8000-000000000001', 'JOINT', 60, 'Couple session, 60 minutes', '90847', 120.00, '2026-01-01T00:00Z', 'initial fee schedule'),
    ('b0000000-0000-4000-8000-000000000002', 'JOINT', 90, 'Couple session, 90 minutes', '90847', 165.00, '2026-01-01T00:00Z', 'initial fee schedule'),
    ('b0000000-0000-4000-8000-000000000003', 'JOINT', 120, 'Couple session, 120 minutes', '90847', 210.00, '2026-01-01T00:00Z', 'initial fee schedule'),
    ('b0000000-0000-4000-8000-000000000004', 'INDIVIDUAL', 45, 'Individual session, 45 minutes', '90834', 90.00, '2026-01-01T00:00Z', 'initial fee schedule'),
    ('b0000000-0000-4000-8000-000000000005', 'INDIVIDUAL', 60, 'Individual session, 60 minutes', '90837', 110.00, '2026-01-01T00:00Z', 'initial fee schedule'),
    ('b0000000-0000-4000-8000-000000000006', 'INTENSIVE', 240, 'Half-day intensive', '90847', 600.00, '2026-01-01T00:00Z', 'initial fee schedule'),
    ('b0000000-0000-4000-8000-000000000007', 'INTENSIVE', 480, 'Full-day intensive', '90847', 1100.00, '2026-01-01T00:00Z', 'initial fee schedule'),
    ('b0000000-0000-4000-8000-000000000008', 'WORKSHOP_PLACE', null, 'Workshop place, per couple and day', null, 450.00, '2026-01-01T00:00Z', 'initial fee schedule'),
    ('b0000000-0000-4000-8000-000000000009', 'LATE_CANCELLATION', null, 'Late cancellation', null, 60.00, '2026-01-01T00:00Z', 'initial fee schedule'),
    ('b0000000-0000-4000-8000-00000000000a', 'NO_SHOW', null, 'Missed session (no-show)', null, 80.00, '2026-01-01T00:00Z', 'initial fee schedule');
