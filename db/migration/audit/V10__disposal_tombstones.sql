-- Disposal of a couple's record (issue 30, ADR 0049) leaves a tombstone in the audit trail: who approved
-- or held it, when, and which ids; never names or other personal values.
alter table audit.audit_entry drop constraint audit_entry_action_known;
alter table audit.audit_entry add constraint audit_entry_action_known check (action in ('VIEW', 'CREATE', 'UPDATE',
    'SIGN', 'EXPORT', 'PRINT', 'SIGN_IN', 'SIGN_IN_FAILURE', 'LOCK_OUT', 'SIGN_OUT', 'TIME_OUT', 'BREAK_GLASS',
    'PERMISSION_CHANGE', 'DISPOSE'));
