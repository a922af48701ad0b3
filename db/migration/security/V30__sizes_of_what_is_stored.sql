-- A break-glass reason is one line (shared.InputLimits, 500 characters), held by the database too
-- (issue 29, ADR 0029). NOT VALID: grants stored before this check are left as they are.
alter table security.break_glass_grant
    add constraint break_glass_grant_reason_size check (char_length(reason) <= 500) not valid;
