-- Issue 28: the front desk may waive a late cancellation, with a reason; the cancellation then is not late.
alter table scheduling.appointment add column late_waived_reason text;
alter table scheduling.appointment add constraint appointment_waiver_has_reason
    check (late_waived_reason is null or length(trim(late_waived_reason)) between 1 and 500);
