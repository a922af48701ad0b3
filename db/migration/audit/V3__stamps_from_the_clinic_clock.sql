-- An entry's time comes from the clinic's clock (set by the application), like every other stamp,
-- never from the database server's: tests decide the time, and the audit viewer's days are the
-- clinic's days.
alter table audit.audit_entry alter column occurred_at drop default;
