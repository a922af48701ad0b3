-- A step that can be undone keeps the time of its latest doing and of its latest undoing, so that the row
-- ends the same whichever of the two events is delivered first (ADR 0065): a session is checked in only
-- when its latest arrival is later than its latest undone arrival, a note is back with its author only when
-- its latest return is later than its latest resubmission. Rows from before keep their state; their times are empty.
alter table reporting.session
    add column checked_in_at      timestamptz,
    add column check_in_undone_at timestamptz;
alter table reporting.note
    add column returned_at    timestamptz,
    add column resubmitted_at timestamptz;
