package org.imagoclinic.notifications;

/** What every message says about the clinic: who, where, how to call, and its cancellation policy. */
public record ClinicContact(String clinicName, String address, String phone, String cancellationPolicy) {
}
