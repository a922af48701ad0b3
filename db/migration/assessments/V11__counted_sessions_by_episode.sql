-- The measure schedule reads an episode's counted sessions (the latest day) at every completed joint
-- session: without this index that read went through every session the clinic ever counted.
create index counted_session_by_episode on assessments.counted_session (episode_id, session_day);
