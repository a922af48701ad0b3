package org.imagoclinic.notifications;

import java.util.List;

/**
 * The clinic's message wording and contact details. Everyone who works at the clinic reads them;
 * administrators change them (audited). Messages still waiting use the wording in force when they go.
 *
 * <p>Refusals: {@link org.imagoclinic.shared.InvalidInputException} naming each field that is empty,
 * too long (subject 500 characters, each body 10 000) or holds a placeholder its kind of message
 * does not fill ({@link MessageTemplate.TemplateKind#placeholders()}).
 */
public interface MessageTemplates {

    /** A template filled in as a partner would read it. */
    record Preview(String subject, String text, String html) {
    }

    List<MessageTemplate> templates();

    MessageTemplate replace(MessageTemplate template);

    /**
     * The template filled in with the clinic's contact details and a made-up session (a partner called
     * Alex, next Monday at 10:00 in Room 1), checked as {@link #replace} checks it; nothing is stored.
     */
    Preview preview(MessageTemplate template);

    ClinicContact clinicContact();

    ClinicContact replaceClinicContact(ClinicContact contact);
}
