package org.imagoclinic.security.internal;

/**
 * An account's two-factor sign-in as administrators see it.
 *
 * @param enrolled the person confirmed an enrolment: their sign-ins ask for a code
 * @param required an administrator requires it, of the account or of a role it holds
 */
public record TwoFactorStatus(boolean enrolled, boolean required) {
}
