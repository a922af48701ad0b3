-- What the assessments services accept, held by the database too (issue 29, ADR 0029): one size per
-- kind of text (shared.InputLimits: a line 500, free text 10,000, 50 entries in a list). An Imago
-- record's parts are checked one by one by the service; its payload has a ceiling above the largest
-- record the service accepts (every list full, every text at its maximum).
-- NOT VALID: rows stored before these checks are left as they are; every new or changed row is checked.
alter table assessments.imago_record
    add constraint imago_record_payload_size check (char_length(payload::text) <= 4000000) not valid;
alter table assessments.request_follow_up
    add constraint request_follow_up_note_size check (char_length(note) <= 10000) not valid;
alter table assessments.session_note
    add constraint session_note_content_size check (char_length(content) <= 10000) not valid,
    add constraint session_note_plan_size check (char_length(plan) <= 10000) not valid,
    add constraint session_note_process_note_size check (char_length(process_note) <= 10000) not valid,
    add constraint session_note_interventions_count check (cardinality(interventions) <= 50) not valid;
alter table assessments.note_event
    add constraint note_event_text_size check (char_length(text) <= 10000) not valid;
