package org.imagoclinic.portal;

/** Where a partner's portal account stands. */
public enum PortalAccountStatus {
    /** Invited; has not signed in yet. */
    INVITED("Invited, not signed in yet"),
    /** Has signed in at least once. */
    ACTIVE("Signed in"),
    /** Switched off by the clinic: no link is sent or accepted. */
    DISABLED("Disabled");

    private final String label;

    PortalAccountStatus(String label) {
        this.label = label;
    }

    /** The status in plain words. */
    public String label() {
        return label;
    }
}
