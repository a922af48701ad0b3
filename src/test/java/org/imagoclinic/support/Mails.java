package org.imagoclinic.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reading the mails the application sent to its own mail server. */
public final class Mails {

    private Mails() {
    }

    /** The plain-text part of a mail, decoded; empty when there is none. */
    public static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
