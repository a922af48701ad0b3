package org.imagoclinic.notifications.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.shared.EmailAddresses;

/** Whether an address fits its channel, with the same rules as the partners' contacts at registration. */
final class ContactAddresses {

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{6,25}$");

    private ContactAddresses() {
    }

    /** What is wrong with the address, in plain words; empty when it will do. */
    static Optional<String> problem(Channel channel, String address) {
        String trimmed = address.strip();
        if (channel == Channel.EMAIL) {
            return EmailAddresses.problem(trimmed.isEmpty() ? "-" : trimmed);
        }
        long digits = trimmed.chars().filter(Character::isDigit).count();
        return PHONE.matcher(trimmed).matches() && digits >= 6 ? Optional.empty()
                : Optional.of("This is not a phone number: use digits, spaces and an optional leading +.");
    }

    /** The number as a text-message provider takes it: digits with a leading + when one was given. */
    static String phoneForProvider(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return phone.strip().startsWith("+") ? "+" + digits : digits;
    }
}
