package org.imagoclinic.access;

import org.imagoclinic.portal.PortalBoundary;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.imagoclinic.security.Roles;

/**
 * Who may call one endpoint or open one route: nobody signed in ({@link #anyone()}), any signed-in
 * role, or the roles listed; {@link #careTeamOnly()} adds the record rule that therapists and
 * supervisors reach only couples in their care team (a supervisor also their supervisees').
 *
 * @param roles the roles that pass the role check (empty with {@code anonymous} true: no sign-in needed)
 * @param anonymous whether the endpoint or route is open without signing in
 * @param careTeam whether clinicians outside the couple's care team are refused
 * @param membersOnly whether clinicians are refused unless they are on the couple's care team themselves
 *                    (supervising a therapist on it does not count)
 */
public record Rule(Set<String> roles, boolean anonymous, boolean careTeam, boolean membersOnly) {

    /** Open without signing in (the sign-in page, a calendar feed by its secret). */
    static Rule anyone() {
        return new Rule(Set.copyOf(Roles.ALL), true, false, false);
    }

    /** Any signed-in person, whatever their role. */
    static Rule anyRole() {
        return new Rule(Set.copyOf(Roles.ALL), false, false, false);
    }

    /** Only a partner signed in to the portal (ADR 0042): no staff role passes. */
    static Rule partnersOnly() {
        return new Rule(Set.of(PortalBoundary.PARTNER_ROLE), false, false, false);
    }

    /** Only these roles. */
    static Rule only(String... roles) {
        return new Rule(Set.copyOf(Arrays.asList(roles)), false, false, false);
    }

    /** The same roles, and clinicians only for the couples in their care team. */
    Rule careTeamOnly() {
        return new Rule(roles, anonymous, true, false);
    }

    /**
     * The same roles, and clinicians only for couples whose care team they are on themselves: for
     * changing who is on it (ADR 0028), where neither supervision nor break-glass counts.
     */
    Rule careTeamMembersOnly() {
        return new Rule(roles, anonymous, true, true);
    }

    @Override
    public String toString() {
        return (anonymous ? "anyone" : new TreeSet<>(roles).toString()) + (membersOnly ? " (care team members)" : careTeam ? " (care team)" : "");
    }
}
