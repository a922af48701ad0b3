-- Home practice a partner logged in the portal (ADR 0058), from portal's HomePracticeLogged: facts only
-- (who, which day, what kind, minutes of dialogue), never the partner's words. Keyed by the entry, so a
-- redelivered event counts once; the practice report counts it per couple and week beside the CSI change.
create table reporting.home_practice (
    entry_id   uuid primary key,
    couple_id  uuid not null,
    partner_id uuid not null,
    day        date not null,
    kind       text not null,
    minutes    int not null default 0
);
create index home_practice_couple_idx on reporting.home_practice (couple_id, day);
