package org.imagoclinic.portal;

/**
 * The wall between the portal and the staff application (ADR 0042): a portal principal holds only
 * {@link #PARTNER_ROLE}, which no staff account can hold; portal pages live in one package and admit
 * only that role, and every other page refuses it.
 */
public final class PortalBoundary {

    /** The one role of a signed-in partner (as in {@code @RolesAllowed}). */
    public static final String PARTNER_ROLE = org.imagoclinic.security.Roles.PARTNER;

    private static final String PORTAL_PAGES = "org.imagoclinic.portal.ui";

    private PortalBoundary() {
    }

    /** Whether a page (a Vaadin route target) is one of a signed-in partner's portal pages. */
    public static boolean isPortalPage(Class<?> page) {
        return page.getPackageName().equals(PORTAL_PAGES);
    }

    /**
     * Whether someone may open the page on this side of the wall: a partner only the portal's pages,
     * anyone else only the others. The portal's sign-in page sits apart (in a package of its own) and
     * is on the staff side, so a partner who is signed in already is sent on to the portal.
     */
    public static boolean admits(Class<?> page, boolean partner) {
        return partner == isPortalPage(page);
    }
}
