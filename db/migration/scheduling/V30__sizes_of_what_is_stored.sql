-- What the scheduling service accepts, held by the database too (issue 29, ADR 0029): one size per
-- kind of text (shared.InputLimits: a name 100, a line 500, a link 2,000) and a workshop's capacity.
-- NOT VALID: rows stored before these checks are left as they are; every new or changed row is checked.
alter table scheduling.location
    add constraint location_name_size check (char_length(name) <= 100) not valid,
    add constraint location_address_size check (char_length(address) <= 500) not valid;
alter table scheduling.room
    add constraint room_name_size check (char_length(name) <= 100) not valid;
alter table scheduling.time_off
    add constraint time_off_reason_size check (char_length(reason) <= 500) not valid;
alter table scheduling.appointment
    add constraint appointment_title_size check (char_length(title) <= 100) not valid,
    add constraint appointment_meeting_link_size check (char_length(meeting_link) <= 2000) not valid,
    add constraint appointment_hours_override_reason_size check (char_length(hours_override_reason) <= 500) not valid,
    add constraint appointment_cancel_reason_size check (char_length(cancel_reason) <= 500) not valid,
    add constraint appointment_capacity_range check (capacity between 1 and 100) not valid;
alter table scheduling.appointment_move
    add constraint appointment_move_reason_size check (char_length(reason) <= 500) not valid;
alter table scheduling.waitlist_entry
    add constraint waitlist_entry_note_size check (char_length(note) <= 500) not valid;
