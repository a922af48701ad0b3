-- A US therapist's National Provider Identifier, printed on superbills (ADR 0047); null elsewhere.
alter table staff.therapist_profile add column npi text
    constraint therapist_profile_npi_ten_digits check (npi ~ '^[0-9]{10}$');
