-- A series may meet on consecutive days: a workshop over two days (one enrolment list for all its
-- days, ADR 0016) or a private intensive over several days.
alter table scheduling.series drop constraint series_frequency_known;
alter table scheduling.series add constraint series_frequency_known
    check (frequency in ('DAILY', 'WEEKLY', 'FORTNIGHTLY'));
