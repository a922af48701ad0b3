-- Break-glass grants get a reason chosen from a list next to the written one, and a review: every
-- grant waits in a queue until a supervisor or an administrator other than its holder acknowledges it
-- (ADR 0037). Grants made before this migration had only the written reason: OTHER.
alter table security.break_glass_grant add column category text not null default 'OTHER';
alter table security.break_glass_grant alter column category drop default;
alter table security.break_glass_grant add constraint break_glass_grant_category_known
    check (category in ('CLIENT_AT_RISK', 'SAFEGUARDING', 'COVERING_ABSENT_THERAPIST', 'URGENT_CONTACT', 'OTHER'));

alter table security.break_glass_grant add column acknowledged_at timestamptz;
alter table security.break_glass_grant add column acknowledged_by uuid references security.user_account (id);
alter table security.break_glass_grant add column acknowledged_by_username text;
alter table security.break_glass_grant add constraint break_glass_grant_acknowledged_whole
    check ((acknowledged_at is null) = (acknowledged_by is null)
        and (acknowledged_at is null) = (acknowledged_by_username is null));

create index break_glass_grant_acknowledged_by on security.break_glass_grant (acknowledged_by);
create index break_glass_grant_awaiting_review on security.break_glass_grant (granted_at) where acknowledged_at is null;
-- the daily limit counts one person's grants of a clinic day
create index break_glass_grant_by_person on security.break_glass_grant (staff_id, granted_at);
