package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an issuer's hosted assertions may live: the VerificationObject in the issuer Profile's {@code verification}
 * (Open Badges 2.0 §VerificationObject, §HostedBadge Verification).
 *
 * <p>An assertion's id must start with one of {@code startsWith}, when given; and its host must be one of {@code
 * allowedOrigins}, when given — otherwise the assertion must be on the issuer's own host. Host names only are
 * compared: {@code allowedOrigins} is a host, and the scheme and port do not matter. Only {@code id} is supported as the {@code verificationProperty}.
 *
 * @param startsWith the prefixes an assertion id must start with one of; empty for any
 * @param allowedOrigins the host names an assertion may be hosted on; empty for the issuer's origin
 * @param verificationProperty the property checked, {@code id} unless the issuer says otherwise
 */
record VerificationPolicy(List<String> startsWith, List<String> allowedOrigins, String verificationProperty) {

    VerificationPolicy {
        startsWith = List.copyOf(startsWith);
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** The policy an issuer Profile declares, or the default when it declares none. */
    static VerificationPolicy of(ObjectNode issuer) {
        JsonNode declared = issuer.has("verification") ? issuer.get("verification") : issuer.get("verify");
        if (!(declared instanceof ObjectNode policy)) {
            return new VerificationPolicy(List.of(), List.of(), "id");
        }
        return new VerificationPolicy(
                Nodes.strings(policy.get("startsWith")),
                Nodes.strings(policy.get("allowedOrigins")),
                Nodes.text(policy.get("verificationProperty")).orElse("id"));
    }

    /** Why an assertion hosted at {@code url} is outside this policy of the issuer at {@code issuer}, or empty. */
    Optional<String> refusal(URI url, Origin issuer) {
        if (!verificationProperty.equals("id") && !verificationProperty.endsWith("#id")) {
            return Optional.of(
                    "the issuer's verificationProperty is " + verificationProperty + "; only id is" + " supported");
        }
        String id = url.toString();
        if (!startsWith.isEmpty() && startsWith.stream().noneMatch(id::startsWith)) {
            return Optional.of(id + " does not start with any of " + startsWith + " (the issuer's startsWith)");
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (!allowedOrigins.isEmpty()) {
            boolean allowed =
                    allowedOrigins.stream().map(VerificationPolicy::hostOf).anyMatch(host::equals);
            return allowed
                    ? Optional.empty()
                    : Optional.of(id + " is on the host " + host + ", not on any of " + allowedOrigins
                            + " (the issuer's allowedOrigins)");
        }
        return host.equals(issuer.host())
                ? Optional.empty()
                : Optional.of(id + " is on the host " + host + ", not on the issuer's host " + issuer.host());
    }

    /**
     * The host an allowedOrigins value names: the spec makes it a host name (RFC 3986 §3.2.2), but a scheme or port
     * written with it is read past, not held against the assertion.
     */
    private static String hostOf(String origin) {
        String value = origin.strip().toLowerCase(Locale.ROOT);
        int scheme = value.indexOf("://");
        if (scheme >= 0) {
            value = value.substring(scheme + 3);
        }
        int end = value.length();
        for (char stop : new char[] {'/', ':'}) {
            int at = value.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return value.substring(0, end);
    }

    /** The policy in words, for messages. */
    String describe(Origin issuer) {
        if (!allowedOrigins.isEmpty()) {
            return "allowedOrigins " + allowedOrigins + (startsWith.isEmpty() ? "" : ", startsWith " + startsWith);
        }
        return "the issuer's host " + issuer.host() + (startsWith.isEmpty() ? "" : ", startsWith " + startsWith);
    }
}
