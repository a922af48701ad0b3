-- Home practice (ADR 0041): what each partner logs at home, one row per entry. Private to the
-- partner who logged it and their couple's care team; never shown to the other partner.
create table portal.practice_entry (
    id              uuid primary key,
    account_id      uuid not null references portal.account (id),
    couple_id       uuid not null,
    person_id       uuid not null,
    day             date not null,
    kind            text not null,
    -- the daily temperature reading's five parts (Satir)
    appreciations   text,
    new_information text,
    puzzles         text,
    complaints      text,
    wishes          text,
    -- a caring behaviour given, an appreciation, or the request given as a gift
    text            text,
    -- the gift: kept or partly kept
    kept            text,
    -- dialogue practice
    minutes         integer,
    logged_at       timestamptz not null,
    constraint practice_entry_kind_known
        check (kind in ('TEMPERATURE_READING', 'CARING_BEHAVIOUR', 'APPRECIATION', 'GIFT', 'DIALOGUE')),
    constraint practice_entry_kept_known check (kept is null or kept in ('KEPT', 'PARTLY_KEPT')),
    constraint practice_entry_minutes_plausible check (minutes is null or minutes between 1 and 600)
);
create index practice_entry_account on portal.practice_entry (account_id);
create index practice_entry_couple_day on portal.practice_entry (couple_id, day);
