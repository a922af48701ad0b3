-- Module assessments: published norms get a history with an effective date (ADR 0061). Each set an
-- administrator enters is kept; a report uses the set in force on its reference day (the period's
-- last day): the dated set with the latest effective date on or before that day, else the newest set
-- entered without a date ("from the start"), else the clinic's own reference group (ADR 0032).
-- Several sets for one effective date: the one entered last wins, the earlier stay as history.

create table assessments.published_norms (
    id              bigint generated always as identity primary key,
    instrument_code text not null references assessments.instrument (code) on delete cascade,
    -- null: from the start, for every measurement before the first dated set
    effective_from  date,
    sd              numeric(8, 3) not null,
    reliability     numeric(5, 4) not null,
    source          text not null,
    entered_at      timestamptz not null,
    entered_by      text not null,
    constraint published_norms_values check (sd > 0 and reliability > 0 and reliability < 1
        and length(trim(source)) > 0)
);

create index published_norms_by_instrument on assessments.published_norms (instrument_code, effective_from, id);

-- The norms entered so far had no date and applied to every report: they stay "from the start".
insert into assessments.published_norms (instrument_code, effective_from, sd, reliability, source, entered_at, entered_by)
select code, null, norm_sd, norm_reliability, norm_source, coalesce(norms_updated_at, now()),
       coalesce(norms_updated_by, 'before the history was kept')
from assessments.instrument
where norm_sd is not null;

alter table assessments.instrument
    drop constraint instrument_norms_complete,
    drop column norm_sd,
    drop column norm_reliability,
    drop column norm_source,
    drop column norms_updated_at,
    drop column norms_updated_by;
