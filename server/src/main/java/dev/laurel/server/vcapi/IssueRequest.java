package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.jsonld.JsonLdException;
import dev.laurel.credentials.jsonld.JsonLdToRdf;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.status.StatusPurpose;
import dev.laurel.credentials.verify.EnvelopedCredential;
import dev.laurel.server.signing.ProofFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code POST /credentials/issue} body read and checked (VCALM "Issue Credential"): {@code {"credential",
 * "options"}}. The issuer is the instance's: an absent {@code issuer} (or issuer object without an {@code id}) becomes
 * the organization's did:web, any other is refused (VCALM IssuerRequest); {@code "issuer": null} is not absence and is
 * refused. Credentials with proofs are refused (the
 * "error handling" configuration of VCALM), and so is a {@code credentialStatus}: this instance adds its own entries.
 *
 * <p>Options: {@code credentialId} and {@code mandatoryPointers} (VCALM), and Laurel's {@code mediaType} ({@code
 * application/vc}, the default, for an embedded Data Integrity proof, or {@code application/vc+jwt} for a VC-JWT,
 * returned as an {@code EnvelopedVerifiableCredential}), {@code cryptosuite} ({@code eddsa-rdfc-2022}) and {@code
 * statusPurpose} ({@code revocation}, or both {@code revocation} and {@code suspension}).
 *
 * @param credential the credential to sign, issuer set
 * @param credentialId the name the client refers to it by, or null
 * @param format the proof to make
 * @param purposes the status entries to add
 */
record IssueRequest(ObjectNode credential, String credentialId, ProofFormat format, Set<StatusPurpose> purposes) {

    static final String DATA_INTEGRITY = "application/vc";
    private static final Set<String> OPTIONS =
            Set.of("credentialId", "mandatoryPointers", "mediaType", "cryptosuite", "statusPurpose");
    private static final Set<String> SINGLE_STATUS_TYPES =
            Set.of("OpenBadgeCredential", "AchievementCredential", "EndorsementCredential", "ClrCredential");

    /** Reads {@code body} for the instance whose issuer is {@code issuerDid}. */
    static IssueRequest read(ObjectNode body, String issuerDid) {
        JsonRequests.onlyKnownProperties(body, "the request", Set.of("credential", "options"));
        ObjectNode options = JsonRequests.options(body, OPTIONS);
        ObjectNode credential = JsonRequests.object(body, "credential", "").deepCopy();
        ProofFormat format = format(options);
        CredentialShape.check(credential);
        CredentialIris.check(credential);
        RelatedResources.check(credential);
        issuer(credential, issuerDid);
        String credentialId = credentialId(credential, options);
        Set<StatusPurpose> purposes = purposes(options, credential);
        try {
            JsonLdToRdf.toRdf(credential);
        } catch (JsonLdException e) {
            throw VcApiProblem.PROOF_GENERATION.problem("the credential cannot be signed: " + e.getMessage());
        }
        return new IssueRequest(credential, credentialId, format, purposes);
    }

    private static ProofFormat format(ObjectNode options) {
        String mediaType = JsonRequests.string(options, "mediaType", "options.").orElse(DATA_INTEGRITY);
        String cryptosuite =
                JsonRequests.string(options, "cryptosuite", "options.").orElse(null);
        JsonNode pointers = options.get("mandatoryPointers");
        if (pointers != null && !pointers.isNull() && (!pointers.isArray() || !pointers.isEmpty())) {
            throw VcApiProblem.MALFORMED_VALUE.problem(
                    "options.mandatoryPointers is for selective disclosure; this instance signs with "
                            + DataIntegrity.CRYPTOSUITE + " or as a VC-JWT, which disclose everything");
        }
        if (cryptosuite != null && !cryptosuite.equals(DataIntegrity.CRYPTOSUITE)) {
            throw VcApiProblem.MALFORMED_VALUE.problem("options.cryptosuite '" + cryptosuite
                    + "' is not supported: this instance signs with " + DataIntegrity.CRYPTOSUITE);
        }
        return switch (mediaType) {
            case DATA_INTEGRITY -> ProofFormat.DATA_INTEGRITY;
            case EnvelopedCredential.VC_JWT -> {
                if (cryptosuite != null) {
                    throw VcApiProblem.MALFORMED_VALUE.problem(
                            "options.cryptosuite names a Data Integrity proof, but options.mediaType "
                                    + EnvelopedCredential.VC_JWT + " asks for a VC-JWT");
                }
                yield ProofFormat.VC_JWT;
            }
            default ->
                throw VcApiProblem.MALFORMED_VALUE.problem(
                        "options.mediaType '" + mediaType + "' is not supported: use " + DATA_INTEGRITY
                                + " (Data Integrity proof) or " + EnvelopedCredential.VC_JWT + " (VC-JWT)");
        };
    }

    private static void issuer(ObjectNode credential, String issuerDid) {
        JsonNode issuer = credential.get("issuer");
        if (issuer == null) {
            credential.put("issuer", issuerDid);
            return;
        }
        if (issuer instanceof ObjectNode profile && !profile.has("id")) {
            profile.put("id", issuerDid);
            return;
        }
        JsonNode id = issuer.isObject() ? issuer.get("id") : issuer;
        if (id == null || !id.isTextual() || !id.asText().equals(issuerDid)) {
            throw VcApiProblem.ISSUER_MISMATCH.problem("this instance issues as " + issuerDid
                    + "; credential.issuer is " + id + " (leave issuer out and the instance sets it)");
        }
    }

    private static String credentialId(ObjectNode credential, ObjectNode options) {
        String fromOptions =
                JsonRequests.string(options, "credentialId", "options.").orElse(null);
        String fromCredential =
                JsonRequests.string(credential, "id", "credential.").orElse(null);
        if (fromOptions != null && fromCredential != null && !fromOptions.equals(fromCredential)) {
            throw VcApiProblem.MALFORMED_VALUE.problem("options.credentialId '" + fromOptions + "' and credential.id '"
                    + fromCredential + "' name the credential differently; give one of them");
        }
        return fromOptions != null ? fromOptions : fromCredential;
    }

    private static Set<StatusPurpose> purposes(ObjectNode options, ObjectNode credential) {
        boolean single =
                CredentialShape.strings(credential.get("type")).stream().anyMatch(SINGLE_STATUS_TYPES::contains);
        JsonNode requested = options.get("statusPurpose");
        if (requested == null || requested.isNull()) {
            return single
                    ? EnumSet.of(StatusPurpose.REVOCATION)
                    : EnumSet.of(StatusPurpose.REVOCATION, StatusPurpose.SUSPENSION);
        }
        List<String> values = new ArrayList<>();
        if (requested.isTextual()) {
            values.add(requested.asText());
        } else if (requested.isArray()) {
            requested.forEach(value -> values.add(value.isTextual() ? value.asText() : value.toString()));
        }
        Set<StatusPurpose> purposes = EnumSet.noneOf(StatusPurpose.class);
        for (String value : values) {
            StatusPurpose purpose = StatusPurpose.of(value)
                    .filter(p -> p == StatusPurpose.REVOCATION || p == StatusPurpose.SUSPENSION)
                    .orElseThrow(() -> VcApiProblem.MALFORMED_VALUE.problem("options.statusPurpose '" + value
                            + "' is not supported: use revocation, or revocation " + "and suspension"));
            purposes.add(purpose);
        }
        if (!purposes.contains(StatusPurpose.REVOCATION)) {
            throw VcApiProblem.MALFORMED_VALUE.problem(
                    "options.statusPurpose must include revocation: every credential this instance issues can be "
                            + "revoked");
        }
        if (single && purposes.size() > 1) {
            throw VcApiProblem.MALFORMED_VALUE.problem(
                    "an Open Badges or CLR credential carries at most one credentialStatus (the 1EdTech schema); "
                            + "options.statusPurpose can only be revocation");
        }
        return purposes;
    }
}
