-- The Couples Satisfaction Index, CSI-16 and CSI-4 (Funk & Rogge 2007, Journal of Family Psychology
-- 21(4):572-583). Items and answer options in the order printed on the form; each option's score is
-- the scoring key. Items 2, 11, 13, 14 and 16 are printed from the high end, so their first option
-- scores highest.

insert into assessments.instrument (code, name, citation, licence_note, instructions, min_score, max_score,
                                    higher_is_better, clinical_cutoff, cutoff_source)
values ('CSI-16', 'Couples Satisfaction Index (16 items)',
        'Funk, J. L., & Rogge, R. D. (2007). Testing the ruler with item response theory: Increasing precision of measurement for relationship satisfaction with the Couples Satisfaction Index. Journal of Family Psychology, 21(4), 572-583.',
        'Free for clinical and research use; the authors ask for no further permission.',
        'Please answer every item. For items 11 to 16, choose the position between the two words that best describes how you feel about your relationship; go by your first impression.',
        0, 81, true, 51.5, 'Funk & Rogge (2007): scores below 51.5 suggest notable relationship dissatisfaction.'),
       ('CSI-4', 'Couples Satisfaction Index (4 items)',
        'Funk, J. L., & Rogge, R. D. (2007). Testing the ruler with item response theory: Increasing precision of measurement for relationship satisfaction with the Couples Satisfaction Index. Journal of Family Psychology, 21(4), 572-583.',
        'Free for clinical and research use; the authors ask for no further permission.',
        'Please answer every item.',
        0, 21, true, 13.5, 'Reported in secondary sources only: scores below 13.5 suggest notable relationship dissatisfaction.');

-- CSI-16 items
insert into assessments.instrument_item (instrument_code, number, stem, kind, left_pole, right_pole) values
    ('CSI-16', 1, 'Please indicate the degree of happiness, all things considered, of your relationship.', 'SCALE', null, null),
    ('CSI-16', 2, 'In general, how often do you think that things between you and your partner are going well?', 'SCALE', null, null),
    ('CSI-16', 3, 'Our relationship is strong.', 'SCALE', null, null),
    ('CSI-16', 4, 'My relationship with my partner makes me happy.', 'SCALE', null, null),
    ('CSI-16', 5, 'I have a warm and comfortable relationship with my partner.', 'SCALE', null, null),
    ('CSI-16', 6, 'I really feel like part of a team with my partner.', 'SCALE', null, null),
    ('CSI-16', 7, 'How rewarding is your relationship with your partner?', 'SCALE', null, null),
    ('CSI-16', 8, 'How well does your partner meet your needs?', 'SCALE', null, null),
    ('CSI-16', 9, 'To what extent has your relationship met your original expectations?', 'SCALE', null, null),
    ('CSI-16', 10, 'In general, how satisfied are you with your relationship?', 'SCALE', null, null),
    ('CSI-16', 11, 'How do you feel about your relationship?', 'SEMANTIC_DIFFERENTIAL', 'INTERESTING', 'BORING'),
    ('CSI-16', 12, 'How do you feel about your relationship?', 'SEMANTIC_DIFFERENTIAL', 'BAD', 'GOOD'),
    ('CSI-16', 13, 'How do you feel about your relationship?', 'SEMANTIC_DIFFERENTIAL', 'FULL', 'EMPTY'),
    ('CSI-16', 14, 'How do you feel about your relationship?', 'SEMANTIC_DIFFERENTIAL', 'STURDY', 'FRAGILE'),
    ('CSI-16', 15, 'How do you feel about your relationship?', 'SEMANTIC_DIFFERENTIAL', 'DISCOURAGING', 'HOPEFUL'),
    ('CSI-16', 16, 'How do you feel about your relationship?', 'SEMANTIC_DIFFERENTIAL', 'ENJOYABLE', 'MISERABLE');

-- Item 1: seven points, Extremely unhappy 0 ... Perfect 6
insert into assessments.item_option (instrument_code, item_number, position, label, score) values
    ('CSI-16', 1, 0, 'Extremely unhappy', 0), ('CSI-16', 1, 1, 'Fairly unhappy', 1), ('CSI-16', 1, 2, 'A little unhappy', 2),
    ('CSI-16', 1, 3, 'Happy', 3), ('CSI-16', 1, 4, 'Very happy', 4), ('CSI-16', 1, 5, 'Extremely happy', 5),
    ('CSI-16', 1, 6, 'Perfect', 6);

-- Item 2: printed from "All the time" (5) down to "Never" (0)
insert into assessments.item_option (instrument_code, item_number, position, label, score) values
    ('CSI-16', 2, 0, 'All the time', 5), ('CSI-16', 2, 1, 'Most of the time', 4), ('CSI-16', 2, 2, 'More often than not', 3),
    ('CSI-16', 2, 3, 'Occasionally', 2), ('CSI-16', 2, 4, 'Rarely', 1), ('CSI-16', 2, 5, 'Never', 0);

-- Items 3-6: Not at all true 0 ... Completely true 5
insert into assessments.item_option (instrument_code, item_number, position, label, score)
select 'CSI-16', item, position, label, position
from generate_series(3, 6) as item,
     unnest(array['Not at all true', 'A little true', 'Somewhat true', 'Mostly true', 'Almost completely true',
                  'Completely true']) with ordinality as option(label, ordinal),
     lateral (select (ordinal - 1)::int as position) p;

-- Items 7-10: Not at all 0 ... Completely 5
insert into assessments.item_option (instrument_code, item_number, position, label, score)
select 'CSI-16', item, position, label, position
from generate_series(7, 10) as item,
     unnest(array['Not at all', 'A little', 'Somewhat', 'Mostly', 'Almost completely', 'Completely'])
         with ordinality as option(label, ordinal),
     lateral (select (ordinal - 1)::int as position) p;

-- Items 11-16: six positions between the poles. Items 12 and 15 score left 0 ... right 5;
-- items 11, 13, 14 and 16 score left 5 ... right 0.
insert into assessments.item_option (instrument_code, item_number, position, label, score)
select 'CSI-16', item.number, position,
       case position when 0 then '1 – ' || item.left_pole when 5 then '6 – ' || item.right_pole
                     else (position + 1)::text end,
       case when item.number in (12, 15) then position else 5 - position end
from assessments.instrument_item item, generate_series(0, 5) as position
where item.instrument_code = 'CSI-16' and item.number between 11 and 16;

-- CSI-4: items 1 (happiness), 2 (warm and comfortable), 3 (rewarding), 4 (satisfied), worded and
-- scored as the same items of the CSI-16
insert into assessments.instrument_item (instrument_code, number, stem, kind, left_pole, right_pole)
select 'CSI-4', four.number, item.stem, item.kind, null, null
from (values (1, 1), (2, 5), (3, 7), (4, 10)) as four(number, csi16_number)
join assessments.instrument_item item on item.instrument_code = 'CSI-16' and item.number = four.csi16_number;

insert into assessments.item_option (instrument_code, item_number, position, label, score)
select 'CSI-4', four.number, option.position, option.label, option.score
from (values (1, 1), (2, 5), (3, 7), (4, 10)) as four(number, csi16_number)
join assessments.item_option option on option.instrument_code = 'CSI-16' and option.item_number = four.csi16_number;
