package kist.serve;

import java.io.ByteArrayOutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks every request passes before the site is looked at. All of them work on what the
 * client sent, before any decoding or normalising, so that no spelling of a path or host can
 * mean one thing to the check and another to the lookup.
 */
final class RequestGuard {
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");

    /** Host names beside the local ones that this server answers to: its own address when bound to one. */
    private final Set<String> ownHosts;
    private final boolean anyAddressLiteral;

    private RequestGuard(Set<String> ownHosts, boolean anyAddressLiteral) {
        this.ownHosts = ownHosts;
        this.anyAddressLiteral = anyAddressLiteral;
    }

    /**
     * Names other than localhost are refused because a web page can point a name it controls at
     * 127.0.0.1 (DNS rebinding) and then read this server as if it were its own. An address
     * literal cannot be rebound, so a server bound to an address (to be seen from a phone) also
     * answers to that address, and one bound to all addresses to any address literal.
     */
    static RequestGuard forBinding(InetAddress bind) {
        if (bind.isAnyLocalAddress()) {
            return new RequestGuard(Set.of(), true);
        }
        if (bind.isLoopbackAddress()) {
            return new RequestGuard(Set.of(), false);
        }
        return new RequestGuard(Set.of(hostLiteral(bind)), false);
    }

    /** How an address is written in a URL and a Host header: IPv6 in brackets. */
    static String hostLiteral(InetAddress address) {
        String literal = address.getHostAddress();
        if (address instanceof Inet6Address) {
            int zone = literal.indexOf('%');
            return "[" + (zone < 0 ? literal : literal.substring(0, zone)) + "]";
        }
        return literal;
    }

    /** True when the request's Host headers (there must be exactly one) name this server. */
    boolean isAllowedHost(List<String> hostHeaders) {
        if (hostHeaders == null || hostHeaders.size() != 1) {
            return false;
        }
        String host = hostHeaders.get(0).strip().toLowerCase(Locale.ROOT);
        String name = host;
        int colon = host.startsWith("[") ? host.indexOf(']') + 1 : host.lastIndexOf(':');
        if (colon > 0 && colon < host.length()) {
            if (host.charAt(colon) != ':' || !PORT.matcher(host.substring(colon + 1)).matches()) {
                return false;
            }
            name = host.substring(0, colon);
        } else if (colon == 0) {
            return false;
        }
        return LOCAL_HOSTS.contains(name) || ownHosts.contains(name)
                || anyAddressLiteral && (IPV4.matcher(name).matches() || IPV6.matcher(name).matches());
    }

    /**
     * The site path a raw request path names ("/käser/" for {@code /k%C3%A4ser/}), or empty when
     * it must be refused: not starting with '/', empty segments, "." or ".." segments, backslashes,
     * control characters, an encoded '/', '\', '.' or '%' (so nothing is decoded twice), a broken
     * escape or anything that is not UTF-8.
     */
    static Optional<String> sitePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        StringBuilder path = new StringBuilder("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.isEmpty() && !last || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
            Optional<String> decoded = decodeSegment(segment);
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            path.append(decoded.get());
            if (!last) {
                path.append('/');
            }
        }
        return Optional.of(path.toString());
    }

    private static Optional<String> decodeSegment(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            int value = c;
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(segment.charAt(i + 1), 16);
                int low = Character.digit(segment.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                value = high * 16 + low;
                if (value == '/' || value == '\\' || value == '.' || value == '%') {
                    return Optional.empty();
                }
                i += 2;
            } else if (c > 0x7e) {
                return Optional.empty();   // a request line is ASCII; anything else was sent to confuse
            }
            if (value < 0x20 || value == 0x7f || value == '\\') {
                return Optional.empty();
            }
            bytes.write(value);
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();   // overlong or broken UTF-8, such as %c0%ae for '.'
        }
    }
}
