-- Module staff: everyone who works at the clinic, and the clinical details of its therapists.

create table staff.staff_member (
    id         uuid primary key,
    title      text,
    first_name text not null,
    last_name  text not null,
    email      text not null,
    phone      text,
    -- the Roles of security.Roles; the sign-in account (security schema) holds the same set
    roles      text[] not null default '{}',
    active     boolean not null default true,
    -- the user name of their sign-in account, copied when the account is created (user names never
    -- change); null until they have one
    username   text,
    created_at timestamptz not null default now(),
    constraint staff_member_first_name_not_blank check (length(trim(first_name)) > 0),
    constraint staff_member_last_name_not_blank check (length(trim(last_name)) > 0),
    constraint staff_member_email_not_blank check (length(trim(email)) > 0),
    constraint staff_member_roles_known
        check (roles <@ array ['FRONT_DESK', 'THERAPIST', 'SUPERVISOR', 'ADMIN']::text[])
);

-- one person per email address and per user name, regardless of case
create unique index staff_member_email_key on staff.staff_member (lower(email));
create unique index staff_member_username_key on staff.staff_member (lower(username)) where username is not null;

-- The list's search: each word typed matches the start of a first name, a last name or an email
-- address, regardless of case (lower(...) like 'word%' can use these indexes in any collation).
create index staff_member_first_name_search on staff.staff_member (lower(first_name) text_pattern_ops);
create index staff_member_last_name_search on staff.staff_member (lower(last_name) text_pattern_ops);
create index staff_member_email_search on staff.staff_member (lower(email) text_pattern_ops);
-- the list's order
create index staff_member_by_name on staff.staff_member (lower(last_name), lower(first_name), id);

-- What a therapist (THERAPIST or SUPERVISOR role) has beyond the directory entry. The row stays
-- when the person stops working as a therapist, so nothing is lost if they take it up again.
create table staff.therapist_profile (
    staff_id          uuid primary key references staff.staff_member (id),
    credentials       text not null,
    licence_number    text,
    discipline        text not null,
    calendar_colour   text not null,
    under_supervision boolean not null default false,
    constraint therapist_profile_credentials_not_blank check (length(trim(credentials)) > 0),
    constraint therapist_profile_discipline_known check (discipline in ('MARRIAGE_AND_FAMILY_THERAPY',
        'CLINICAL_PSYCHOLOGY', 'COUNSELLING', 'SOCIAL_WORK', 'OTHER')),
    constraint therapist_profile_calendar_colour_hex check (calendar_colour ~ '^#[0-9a-f]{6}$')
);
