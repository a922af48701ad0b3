-- A couple's screening decisions are read with the couple's record: without this index that read
-- went through every decision the clinic ever recorded.
create index screening_decision_by_couple on clients.screening_decision (couple_id, recorded_at desc);
