package org.imagoclinic.notifications;

import java.util.List;

/**
 * The clinic's message wording and contact details. Everyone who works at the clinic reads them;
 * administrators change them (audited). Messages still waiting use the wording in force when they go.
 *
 * <p>Refusals: {@link org.imagoclinic.shared.InvalidInputException} naming each empty field.
 */
public interface MessageTemplates {

    List<MessageTemplate> templates();

    MessageTemplate replace(MessageTemplate template);

    ClinicContact clinicContact();

    ClinicContact replaceClinicContact(ClinicContact contact);
}
