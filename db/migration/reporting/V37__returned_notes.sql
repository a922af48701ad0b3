-- A note returned to its author is not awaiting co-signature until the author adds an addendum.
alter table reporting.note add column returned boolean not null default false;
