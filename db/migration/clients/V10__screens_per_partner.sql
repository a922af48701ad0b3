-- Issue 21: the safety questions are asked of each partner separately, and coercive control is one of
-- them. A screen recorded before this (partner_id null) was one form for the couple: it still counts
-- as both partners' screen.
alter table clients.screen add column partner_id uuid references clients.person (id);
-- a person's screens, for a partner's own record (and its export)
create index screen_by_partner on clients.screen (partner_id) where partner_id is not null;
alter table clients.screen add column coercive_control text not null default 'NONE';
alter table clients.screen add constraint screen_coercive_control_known
    check (coercive_control in ('NONE', 'PAST', 'CURRENT'));
alter table clients.screen drop constraint screen_flags_known;
alter table clients.screen add constraint screen_flags_known check (current_flags <@ array['INTIMATE_PARTNER_VIOLENCE',
    'COERCIVE_CONTROL', 'ONGOING_AFFAIR', 'SUBSTANCE_DEPENDENCE', 'ACUTE_CRISIS', 'OTHER']);
-- a screen raised by the record (a hard exit that describes self-harm or violence) says where it came from
alter table clients.screen add column raised_by_record text;

alter table clients.couple drop constraint couple_screening_status_known;
alter table clients.couple add constraint couple_screening_status_known check (screening_status in ('NOT_SCREENED',
    'PARTLY_SCREENED', 'CLEAR', 'REVIEW_PENDING', 'JOINT_WORK_APPROVED', 'INDIVIDUAL_WORK_FIRST', 'REFERRED_OUT'));
