package org.imagoclinic.notifications.internal;

/** The one interface every text-message provider is reached through (ADR 0033). */
interface TextMessages {

    /** Whether a provider is set up; text messages are off until one is. */
    boolean enabled();

    /**
     * Hands one message to the provider.
     *
     * @param to the number as {@link ContactAddresses#phoneForProvider} writes it
     * @param callbackUrl where the provider reports delivery
     * @return the provider's id of the message
     */
    String send(String to, String body, String callbackUrl) throws DeliveryFailure;
}
