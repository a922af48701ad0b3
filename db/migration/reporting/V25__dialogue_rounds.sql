-- Each round of a dialogue as its own row (ADR 0045): who sent, who received, the sender's part
-- (one topic, "I" statements, asked for the dialogue) and the receiver's steps, each rated 1 to 5 or
-- null. The skill trend reads these rows: per partner, a partner's sender ratings from the rounds
-- they sent and receiver ratings from the rounds they received.
create table reporting.dialogue_round (
    exercise_id        uuid not null,
    round              int  not null,
    couple_id          uuid not null,
    episode_id         uuid not null,
    recorded_on        date not null,
    sender_id          uuid,
    receiver_id        uuid,
    one_topic          int,
    i_statements       int,
    asked_for_dialogue int,
    mirroring          int,
    summary            int,
    validation         int,
    empathy            int,
    primary key (exercise_id, round)
);
create index dialogue_round_episode_idx on reporting.dialogue_round (episode_id, recorded_on);
create index dialogue_round_day_idx on reporting.dialogue_round (recorded_on);

-- Dialogues projected before: one round with the receiver's ratings; their events never named the
-- partners, so sender and receiver stay unknown (they count in the clinic's trend, not a partner's).
insert into reporting.dialogue_round (exercise_id, round, couple_id, episode_id, recorded_on, mirroring, summary,
                                      validation, empathy)
select exercise_id, 1, couple_id, episode_id, recorded_on, mirroring, summary, validation, empathy
from reporting.exercise
where kind in ('COUPLES_DIALOGUE', 'APPRECIATION_DIALOGUE', 'PARENT_CHILD_DIALOGUE', 'ROLE_REVERSAL',
               'BEHAVIOUR_CHANGE_REQUEST_DIALOGUE');

alter table reporting.exercise drop column mirroring, drop column summary, drop column validation,
    drop column empathy;
