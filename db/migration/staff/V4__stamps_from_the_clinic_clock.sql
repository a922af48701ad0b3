-- Creation stamps come from the clinic's clock (set by the application), never from the database
-- server's: tests decide the time, and a clinic's clock may differ from its database host's.
alter table staff.staff_member alter column created_at drop default;
alter table staff.supervision alter column created_at drop default;
