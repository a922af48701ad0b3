-- The exclusion constraint keyed on the resource's id alone: a therapist's, a room's and a person's
-- ids are random UUIDs from different tables, so the id names the resource, and the GiST index no
-- longer compares the resource's kind as collated text on every search (docs/benchmarks.md:
-- those comparisons were the check's largest cost at 20 million rows). Same rule: no two held
-- occupancies of one resource overlap.
alter table scheduling.occupancy drop constraint occupancy_no_double_booking;
alter table scheduling.occupancy add constraint occupancy_no_double_booking exclude using gist
    (resource_id with =, during with &&) where (released_at is null);
