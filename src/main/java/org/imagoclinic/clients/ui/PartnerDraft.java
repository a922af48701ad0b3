package org.imagoclinic.clients.ui;

import java.io.Serializable;
import java.time.LocalDate;
import org.imagoclinic.clients.PartnerDetails;
import org.jspecify.annotations.Nullable;

/** A partner's details while they are typed into a form. */
class PartnerDraft implements Serializable {

    private String firstName = "";
    private String lastName = "";
    private String preferredName = "";
    private String pronouns = "";
    private @Nullable LocalDate dateOfBirth;
    private String email = "";
    private String phone = "";
    private String address = "";
    private String contactName = "";
    private String contactPhone = "";
    private String contactRelationship = "";

    static PartnerDraft of(PartnerDetails details) {
        PartnerDraft draft = new PartnerDraft();
        draft.firstName = details.firstName();
        draft.lastName = details.lastName();
        draft.preferredName = orEmpty(details.preferredName());
        draft.pronouns = orEmpty(details.pronouns());
        draft.dateOfBirth = details.dateOfBirth();
        draft.email = orEmpty(details.email());
        draft.phone = orEmpty(details.phone());
        draft.address = orEmpty(details.address());
        if (details.emergencyContact() != null) {
            draft.contactName = details.emergencyContact().name();
            draft.contactPhone = details.emergencyContact().phone();
            draft.contactRelationship = orEmpty(details.emergencyContact().relationship());
        }
        return draft;
    }

    PartnerDetails toDetails() {
        PartnerDetails.EmergencyContact contact = contactName.isBlank() && contactPhone.isBlank() ? null
                : new PartnerDetails.EmergencyContact(contactName, contactPhone, orNull(contactRelationship));
        return new PartnerDetails(firstName, lastName, orNull(preferredName), orNull(pronouns), dateOfBirth,
                orNull(email), orNull(phone), orNull(address), contact);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String orNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getPreferredName() { return preferredName; }
    public void setPreferredName(String preferredName) { this.preferredName = preferredName; }
    public String getPronouns() { return pronouns; }
    public void setPronouns(String pronouns) { this.pronouns = pronouns; }
    public @Nullable LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(@Nullable LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactRelationship() { return contactRelationship; }
    public void setContactRelationship(String contactRelationship) { this.contactRelationship = contactRelationship; }
}
