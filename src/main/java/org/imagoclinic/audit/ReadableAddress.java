package org.imagoclinic.audit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A client's network address as people read it: {@code 127.0.0.1} for this machine rather than
 * {@code 0:0:0:0:0:0:0:1}, an IPv4 address rather than its IPv6-mapped form, other IPv6 addresses
 * in their short form ({@code 2001:db8::1}). The stored address is left as the server saw it.
 */
public final class ReadableAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private ReadableAddress() {
    }

    /** The address as people read it; what was given when it is not an address literal. */
    public static @Nullable String of(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return raw;
        }
        String literal = raw.strip();
        // only literals: a name would be looked up in the DNS
        if (!literal.contains(":") && !IPV4.matcher(literal).matches()) {
            return raw;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(literal);
        } catch (UnknownHostException notALiteral) {
            return raw;
        }
        if (address.isLoopbackAddress()) {
            return "127.0.0.1";
        }
        return address instanceof Inet6Address ? shortForm(address.getAddress()) : address.getHostAddress();
    }

    /** RFC 5952: lower-case hex without leading zeros, the longest run of two or more zero groups as "::". */
    private static String shortForm(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
