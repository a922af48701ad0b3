-- Issue 23: each partner answers their own intake questions at home. Every sending is kept (the newest
-- is current); the answers are for the couple's care team only, never shown to the other partner, nor
-- back to the partner who sent them (a shared phone must not show them).
create table portal.intake_answer (
    id                  uuid primary key,
    account_id          uuid not null references portal.account (id),
    couple_id           uuid not null,
    person_id           uuid not null,
    what_brings_you     text not null,
    hopes               text,
    prior_therapy       boolean not null,
    prior_therapy_notes text,
    for_therapist_only  text,
    answered_at         timestamptz not null
);
create index intake_answer_account on portal.intake_answer (account_id);
create index intake_answer_couple on portal.intake_answer (couple_id, person_id, answered_at desc);
