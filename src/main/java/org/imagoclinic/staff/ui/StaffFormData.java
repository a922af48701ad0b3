package org.imagoclinic.staff.ui;

import java.util.HashSet;
import java.util.Set;
import org.imagoclinic.staff.Discipline;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.TherapistDetails;
import org.jspecify.annotations.Nullable;

/** What the staff form edits: a mutable bean for the Binder, turned into the API's record on save. */
class StaffFormData {

    static final String DEFAULT_COLOUR = "#3f6fb5";

    private String title = "";
    private String firstName = "";
    private String lastName = "";
    private String email = "";
    private String phone = "";
    private Set<String> roles = new HashSet<>();
    private String username = "";
    private String credentials = "";
    private String licenceNumber = "";
    private String npi = "";
    private @Nullable Discipline discipline;
    private String calendarColour = DEFAULT_COLOUR;
    private boolean underSupervision;

    static StaffFormData of(StaffMember member) {
        StaffFormData data = new StaffFormData();
        data.title = orEmpty(member.title());
        data.firstName = member.firstName();
        data.lastName = member.lastName();
        data.email = member.email();
        data.phone = orEmpty(member.phone());
        data.roles = new HashSet<>(member.roles());
        data.username = orEmpty(member.username());
        TherapistDetails therapist = member.therapist();
        if (therapist != null) {
            data.credentials = therapist.credentials();
            data.licenceNumber = orEmpty(therapist.licenceNumber());
            data.npi = orEmpty(therapist.npi());
            data.discipline = therapist.discipline();
            data.calendarColour = therapist.calendarColour();
            data.underSupervision = therapist.underSupervision();
        }
        return data;
    }

    StaffMemberDetails toDetails() {
        TherapistDetails therapist = StaffMember.clinical(roles)
                ? new TherapistDetails(credentials, licenceNumber, npi, discipline, calendarColour, underSupervision)
                : null;
        return new StaffMemberDetails(title, firstName, lastName, email, phone, Set.copyOf(roles), username, therapist);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    String getTitle() { return title; }
    void setTitle(String title) { this.title = title; }
    String getFirstName() { return firstName; }
    void setFirstName(String firstName) { this.firstName = firstName; }
    String getLastName() { return lastName; }
    void setLastName(String lastName) { this.lastName = lastName; }
    String getEmail() { return email; }
    void setEmail(String email) { this.email = email; }
    String getPhone() { return phone; }
    void setPhone(String phone) { this.phone = phone; }
    Set<String> getRoles() { return roles; }
    void setRoles(Set<String> roles) { this.roles = new HashSet<>(roles); }
    String getUsername() { return username; }
    void setUsername(String username) { this.username = username; }
    String getCredentials() { return credentials; }
    void setCredentials(String credentials) { this.credentials = credentials; }
    String getLicenceNumber() { return licenceNumber; }
    void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }
    String getNpi() { return npi; }
    void setNpi(String npi) { this.npi = npi; }
    @Nullable Discipline getDiscipline() { return discipline; }
    void setDiscipline(@Nullable Discipline discipline) { this.discipline = discipline; }
    String getCalendarColour() { return calendarColour; }
    void setCalendarColour(String calendarColour) { this.calendarColour = calendarColour; }
    boolean isUnderSupervision() { return underSupervision; }
    void setUnderSupervision(boolean underSupervision) { this.underSupervision = underSupervision; }
}
