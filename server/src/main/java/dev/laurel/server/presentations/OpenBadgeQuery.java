package dev.laurel.server.presentations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import java.util.List;
import java.util.Optional;

/**
 * The DCQL query Laurel asks wallets (OpenID4VP 1.0 §6): one Open Badges 3.0 credential, as {@code ldp_vc} (Data
 * Integrity, Appendix B.1.3.2) or as {@code jwt_vc_json} (VC-JWT, Appendix B.1.3.1) — a credential set whose options
 * are either — with holder binding (the default of {@code require_cryptographic_holder_binding}). The type is named
 * by its expanded IRI, as {@code meta.type_values} asks (Appendix B.1.1); OB 3.0's {@code AchievementCredential} is
 * the same IRI.
 */
final class OpenBadgeQuery {

    /** The credential query of each format. */
    static final String LDP = "openbadge_ldp";

    static final String JWT = "openbadge_jwt";

    static final String TYPE_IRI = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential";

    /** The short type names that expand to {@link #TYPE_IRI} in the OB 3.0 context. */
    static final List<String> TYPE_NAMES = List.of("OpenBadgeCredential", "AchievementCredential");

    private OpenBadgeQuery() {}

    static ObjectNode query() {
        return (ObjectNode) Json.parse("""
                {"credentials": [
                   {"id": "%s", "format": "ldp_vc", "meta": {"type_values": [["%s"]]}},
                   {"id": "%s", "format": "jwt_vc_json", "meta": {"type_values": [["%s"]]}}
                 ],
                 "credential_sets": [{"options": [["%s"], ["%s"]]}]}
                """.formatted(LDP, TYPE_IRI, JWT, TYPE_IRI, LDP, JWT));
    }

    /** {@code vp_formats_supported} of the verifier metadata (§11.1, Appendix B.1.3). */
    static ObjectNode formats() {
        return (ObjectNode) Json.parse("""
                {"ldp_vc": {"proof_type_values": ["DataIntegrityProof"], "cryptosuite_values": ["eddsa-rdfc-2022"]},
                 "jwt_vc_json": {"alg_values": ["EdDSA", "ES256"]}}
                """);
    }

    /** The format of a credential query id, or empty for an id the query has not. */
    static Optional<String> format(String queryId) {
        return switch (queryId) {
            case LDP -> Optional.of("ldp_vc");
            case JWT -> Optional.of("jwt_vc_json");
            default -> Optional.empty();
        };
    }

    /** True when a credential's {@code type} names an Open Badges 3.0 credential. */
    static boolean isOpenBadge(JsonNode credential) {
        JsonNode type = credential == null ? null : credential.get("type");
        if (type == null) {
            return false;
        }
        for (JsonNode value :
                type.isArray() ? type : Json.MAPPER.createArrayNode().add(type)) {
            if (value.isTextual() && (TYPE_NAMES.contains(value.asText()) || TYPE_IRI.equals(value.asText()))) {
                return true;
            }
        }
        return false;
    }
}
