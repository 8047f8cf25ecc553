package org.dpatracker.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a webhook may go: an HTTPS address, or plain HTTP only to this machine (a relay or a receiver under
 * test), since deliveries name what falls due and must not cross a network unencrypted. Names are not
 * resolved: {@code localhost} and loopback literals count as this machine, nothing else does.
 */
final class TargetAddress {

    static final int MAX_LENGTH = 2000;
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

    private TargetAddress() {}

    static boolean acceptable(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            return false;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        return switch (uri.getScheme().toLowerCase(Locale.ROOT)) {
            case "https" -> true;
            case "http" -> thisMachine(uri.getHost());
            default -> false;
        };
    }

    private static boolean thisMachine(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost")
                || IPV4_LOOPBACK.matcher(name).matches()
                || name.equals("[::1]")
                || name.equals("[0:0:0:0:0:0:0:1]");
    }
}
