-- Module records: partners' requests about their record and what the clinic did with them (ADR 0040).
create schema if not exists records;

-- A request as received: a copy for one partner, one partner's half of a joint copy for the couple,
-- or a correction. Never deleted; fulfilment (a copy produced) or a decision (a correction) closes it.
create table records.record_request (
    id              uuid primary key,
    couple_id       uuid not null,
    partner_id      uuid not null,
    kind            text not null check (kind in ('PARTNER_COPY', 'COUPLE_COPY', 'CORRECTION')),
    received_on     date not null,
    details         text check (length(details) <= 10000),
    recorded_by     text not null,
    recorded_at     timestamptz not null,
    fulfilled_on    date,
    fulfilled_by    text,
    decision        text check (decision in ('AMENDED', 'DECLINED')),
    decision_reason text check (length(decision_reason) <= 10000),
    amended_note_id uuid,
    constraint record_request_decided_when_closed check (decision is null or fulfilled_on is not null)
);
create index record_request_by_couple on records.record_request (couple_id, received_on);
create index record_request_open on records.record_request (received_on) where fulfilled_on is null;
