-- Issue 23: a partner answers a due measure at home in the partners' portal; the administration says so.
alter table assessments.administration drop constraint administration_entered_via;
alter table assessments.administration add constraint administration_entered_via
    check (entered_via in ('CLINICIAN', 'KIOSK', 'HOME'));
