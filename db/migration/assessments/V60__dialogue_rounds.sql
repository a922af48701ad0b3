-- Dialogues are recorded in rounds (ADR 0045): each round names its sender and receiver and rates the
-- sender's part (one topic, "I" statements, asked for the dialogue) and the receiver's steps. A dialogue
-- stored before had one sender, one receiver, the receiver's ratings and a "roles swapped" tick. It
-- becomes its first round, with the sender's part not rated; where the roles were swapped, a second
-- round with the roles reversed follows, with nothing rated (the therapist rated only the first).
update assessments.imago_record
set payload = (payload - 'senderId' - 'receiverId' - 'ratings')
    || jsonb_build_object('rounds',
        jsonb_build_array(jsonb_build_object(
            'senderId', payload -> 'senderId',
            'receiverId', payload -> 'receiverId',
            'senderRatings', jsonb_build_object('oneTopic', null, 'iStatements', null, 'askedForDialogue', null),
            'receiverRatings', coalesce(payload -> 'ratings', '{}'::jsonb) - 'roleSwap'))
        || case when coalesce((payload -> 'ratings' ->> 'roleSwap')::boolean, false)
            then jsonb_build_array(jsonb_build_object(
                'senderId', payload -> 'receiverId',
                'receiverId', payload -> 'senderId',
                'senderRatings', jsonb_build_object('oneTopic', null, 'iStatements', null, 'askedForDialogue', null),
                'receiverRatings', jsonb_build_object('mirroring', null, 'summary', null, 'validation', null,
                                                      'empathy', null)))
            else '[]'::jsonb end)
where kind = 'DIALOGUE' and not payload ? 'rounds';
