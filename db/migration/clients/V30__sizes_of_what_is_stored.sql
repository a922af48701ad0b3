-- What the clients services accept, held by the database too (issue 29, ADR 0029): one size per kind
-- of text (shared.InputLimits: a line 500, free text 10,000).
-- NOT VALID: rows stored before these checks are left as they are; every new or changed row is checked.
alter table clients.intake
    add constraint intake_presenting_concerns_size check (char_length(presenting_concerns) <= 10000) not valid,
    add constraint intake_goals_size check (char_length(goals) <= 10000) not valid,
    add constraint intake_life_stage_note_size check (char_length(life_stage_note) <= 500) not valid,
    add constraint intake_prior_therapy_notes_size check (char_length(prior_therapy_notes) <= 10000) not valid;
alter table clients.screen
    add constraint screen_other_concern_size check (char_length(other_concern) <= 500) not valid,
    add constraint screen_notes_size check (char_length(notes) <= 10000) not valid;
alter table clients.screening_decision
    add constraint screening_decision_reason_size check (char_length(reason) <= 500) not valid;
alter table clients.episode
    add constraint episode_closing_reason_size check (char_length(closing_reason) <= 500) not valid;
alter table clients.episode_change
    add constraint episode_change_reason_size check (char_length(reason) <= 500) not valid;
