package org.imagoclinic.scheduling;

import org.imagoclinic.shared.BusinessRuleException;

/**
 * A booking or move refused only because it falls outside a therapist's working hours or during
 * their time off. The front desk and administrators may make it anyway by repeating the request with
 * a reason ({@code hoursOverrideReason}), which is audited; the REST API answers 422 like any rule.
 */
public class HoursRuleException extends BusinessRuleException {

    private final boolean mayOverride;

    public HoursRuleException(String message, boolean mayOverride) {
        super(message);
        this.mayOverride = mayOverride;
    }

    /** Whether the user who was refused may override it with a reason. */
    public boolean mayOverride() {
        return mayOverride;
    }
}
