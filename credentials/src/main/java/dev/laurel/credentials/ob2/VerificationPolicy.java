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
 * <p>An assertion's id must start with one of {@code startsWith}, when given; and its host (or host:port) must be one
 * of {@code allowedOrigins}, when given — otherwise the assertion must be on the issuer's own origin (scheme, host and
 * port of the issuer's id). Only {@code id} is supported as the {@code verificationProperty}.
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
        if (!allowedOrigins.isEmpty()) {
            String host = url.getHost().toLowerCase(Locale.ROOT);
            String authority = url.getPort() < 0 ? host : host + ":" + url.getPort();
            boolean allowed = allowedOrigins.stream()
                    .map(origin -> origin.toLowerCase(Locale.ROOT))
                    .anyMatch(origin -> origin.equals(host) || origin.equals(authority));
            return allowed
                    ? Optional.empty()
                    : Optional.of(id + " is not on any of " + allowedOrigins + " (the issuer's allowedOrigins)");
        }
        Origin origin = Origin.of(url);
        return origin.equals(issuer)
                ? Optional.empty()
                : Optional.of(id + " is on the origin " + origin + ", not on the issuer's origin " + issuer);
    }

    /** The policy in words, for messages. */
    String describe(Origin issuer) {
        if (!allowedOrigins.isEmpty()) {
            return "allowedOrigins " + allowedOrigins + (startsWith.isEmpty() ? "" : ", startsWith " + startsWith);
        }
        return "the issuer's origin " + issuer + (startsWith.isEmpty() ? "" : ", startsWith " + startsWith);
    }
}
