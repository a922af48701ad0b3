package org.imagoclinic.notifications;

/** How a message reaches a partner. */
public enum Channel {
    EMAIL("Email"),
    TEXT("Text message");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
