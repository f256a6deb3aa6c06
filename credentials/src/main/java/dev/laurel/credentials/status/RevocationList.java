package dev.laurel.credentials.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A 1EdTech Revocation List document, the one a {@link RevocationListEntry}'s {@code id} points to: {@code {"id",
 * "issuer", "revokedCredentials": [{"id", "revoked", "revocationReason"}]}}. A credential is revoked when its {@code
 * id} is listed and {@code revoked} is true or omitted.
 *
 * <p>{@link #parse(JsonNode)} is lenient where publishers differ: {@code revoked} may be a boolean or the string
 * {@code "true"}/{@code "false"}, {@code issuer} a string or a profile object, and {@code revokedCredentials} may be
 * absent (nothing revoked). Anything else unreadable is a {@link Parsing.Failed}.
 *
 * @param id URL of this list; equals the {@code credentialStatus.id} of the credentials it covers
 * @param issuer the issuer's id, when given
 * @param revokedCredentials the listed credentials
 */
public record RevocationList(String id, Optional<String> issuer, List<RevokedCredential> revokedCredentials) {

    public RevocationList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuer, "issuer");
        revokedCredentials = List.copyOf(revokedCredentials);
    }

    /** The listing that revokes {@code credentialId}, if any. */
    public Optional<RevokedCredential> revocationOf(String credentialId) {
        return revokedCredentials.stream()
                .filter(listed -> listed.revoked() && listed.id().equals(credentialId))
                .findFirst();
    }

    /** This list as JSON, for publishing. */
    public ObjectNode toJson() {
        var json = JsonNodeFactory.instance.objectNode().put("id", id);
        issuer.ifPresent(value -> json.put("issuer", value));
        var listed = json.putArray("revokedCredentials");
        revokedCredentials.forEach(credential -> {
            var item = listed.addObject().put("id", credential.id()).put("revoked", credential.revoked());
            credential.revocationReason().ifPresent(reason -> item.put("revocationReason", reason));
        });
        return json;
    }

    /** Reads a revocation list document; never throws. */
    public static Parsing parse(JsonNode json) {
        if (json == null || !json.isObject()) {
            return failed("the revocation list must be a JSON object, not " + JsonFields.describe(json));
        }
        JsonNode id = json.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            return failed("the revocation list's id must be a string URL, not " + JsonFields.describe(id));
        }
        JsonNode listed = json.get("revokedCredentials");
        if (listed != null && !listed.isArray()) {
            return failed("revokedCredentials must be an array, not " + JsonFields.describe(listed));
        }
        var revoked = new ArrayList<RevokedCredential>();
        for (int i = 0; listed != null && i < listed.size(); i++) {
            Optional<RevokedCredential> item = RevokedCredential.read(listed.get(i));
            if (item.isEmpty()) {
                return failed("revokedCredentials[" + i + "] must be an object with a string id, a boolean revoked"
                        + " and a string revocationReason, not " + JsonFields.describe(listed.get(i)));
            }
            revoked.add(item.get());
        }
        return new Parsing.Parsed(new RevocationList(id.asText(), JsonFields.idOf(json.get("issuer")), revoked));
    }

    private static Parsing failed(String message) {
        return new Parsing.Failed(StatusFailure.MALFORMED_REVOCATION_LIST, message);
    }

    /**
     * One listed credential.
     *
     * @param id the credential's {@code id}
     * @param revoked whether it is revoked ({@code true} when the document omits it)
     * @param revocationReason why, when given
     */
    public record RevokedCredential(String id, boolean revoked, Optional<String> revocationReason) {
        public RevokedCredential {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(revocationReason, "revocationReason");
        }

        static Optional<RevokedCredential> read(JsonNode item) {
            if (item == null || !item.isObject() || !item.path("id").isTextual()) {
                return Optional.empty();
            }
            JsonNode revoked = item.get("revoked");
            JsonNode reason = item.get("revocationReason");
            if (reason != null && !reason.isTextual()) {
                return Optional.empty();
            }
            Optional<String> why = Optional.ofNullable(reason).map(JsonNode::asText);
            String id = item.get("id").asText();
            if (revoked == null) {
                return Optional.of(new RevokedCredential(id, true, why));
            }
            if (revoked.isBoolean()) {
                return Optional.of(new RevokedCredential(id, revoked.booleanValue(), why));
            }
            if (revoked.isTextual()
                    && (revoked.asText().equals("true") || revoked.asText().equals("false"))) {
                return Optional.of(new RevokedCredential(id, Boolean.parseBoolean(revoked.asText()), why));
            }
            return Optional.empty();
        }
    }

    /** The outcome of {@link #parse(JsonNode)}. */
    public sealed interface Parsing {
        /** The document read as {@code list}. */
        record Parsed(RevocationList list) implements Parsing {}

        /** The document is not a revocation list; {@code message} says why. */
        record Failed(StatusFailure failure, String message) implements Parsing {}
    }
}
