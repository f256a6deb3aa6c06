package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.jsonld.JsonLdException;
import dev.laurel.credentials.jsonld.JsonLdToRdf;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.status.StatusPurpose;
import dev.laurel.credentials.verify.EnvelopedCredential;
import dev.laurel.server.signing.IssuerIdentifier;
import dev.laurel.server.signing.ProofFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code POST /credentials/issue} body read and checked (VCALM "Issue Credential"): {@code {"credential",
 * "options"}}. The issuer is the instance's: an absent {@code issuer} (or issuer object without an {@code id}) becomes
 * the organization's did:web, or the did:key of its active key when the organization chose did:key; naming either of
 * those is accepted, any other is refused (VCALM IssuerRequest); {@code "issuer": null} is not absence and is
 * refused. Credentials with proofs are refused (the
 * "error handling" configuration of VCALM), and so is a {@code credentialStatus}: this instance adds its own entries.
 *
 * <p>Options: {@code credentialId} and {@code mandatoryPointers} (VCALM), and Laurel's {@code mediaType} ({@code
 * application/vc}, the default, for an embedded Data Integrity proof, or {@code application/vc+jwt} for a VC-JWT,
 * returned as an {@code EnvelopedVerifiableCredential}), {@code cryptosuite} ({@code eddsa-rdfc-2022}) and {@code
 * statusPurpose} ({@code revocation}, or both {@code revocation} and {@code suspension}).
 *
 * @param credential the credential to sign, issuer set
 * @param identifier the identifier the credential names as its issuer, whose key signs it
 * @param credentialId the name the client refers to it by, or null
 * @param format the proof to make
 * @param purposes the status entries to add
 */
record IssueRequest(
        ObjectNode credential,
        IssuerIdentifier identifier,
        String credentialId,
        ProofFormat format,
        Set<StatusPurpose> purposes) {

    static final String DATA_INTEGRITY = "application/vc";
    private static final Set<String> OPTIONS =
            Set.of("credentialId", "mandatoryPointers", "mediaType", "cryptosuite", "statusPurpose");
    private static final Set<String> SINGLE_STATUS_TYPES =
            Set.of("OpenBadgeCredential", "AchievementCredential", "EndorsementCredential", "ClrCredential");

    /** Reads {@code body} for the instance that issues as {@code issuer}. */
    static IssueRequest read(ObjectNode body, InstanceIssuer issuer) {
        JsonRequests.onlyKnownProperties(body, "the request", Set.of("credential", "options"));
        ObjectNode options = JsonRequests.options(body, OPTIONS);
        ObjectNode credential = JsonRequests.object(body, "credential", "").deepCopy();
        ProofFormat format = format(options);
        CredentialShape.check(credential);
        CredentialIris.check(credential);
        RelatedResources.check(credential);
        IssuerIdentifier identifier = issuer(credential, issuer);
        String credentialId = credentialId(credential, options);
        Set<StatusPurpose> purposes = purposes(options, credential);
        try {
            JsonLdToRdf.toRdf(credential);
        } catch (JsonLdException e) {
            throw VcApiProblem.PROOF_GENERATION.problem("the credential cannot be signed: " + e.getMessage());
        }
        return new IssueRequest(credential, identifier, credentialId, format, purposes);
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

    private static IssuerIdentifier issuer(ObjectNode credential, InstanceIssuer instance) {
        JsonNode issuer = credential.get("issuer");
        if (issuer == null) {
            credential.put("issuer", instance.defaultId());
            return instance.identifierOf(instance.defaultId()).orElseThrow();
        }
        if (issuer instanceof ObjectNode profile && !profile.has("id")) {
            profile.put("id", instance.defaultId());
            return instance.identifierOf(instance.defaultId()).orElseThrow();
        }
        JsonNode id = issuer.isObject() ? issuer.get("id") : issuer;
        return (id != null && id.isTextual() ? instance.identifierOf(id.asText()) : Optional.<IssuerIdentifier>empty())
                .orElseThrow(() -> VcApiProblem.ISSUER_MISMATCH.problem("this instance issues as "
                        + instance.described() + "; credential.issuer is " + id
                        + " (leave issuer out and the instance sets it)"));
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
        if (single && credential.has("credentialStatus")) {
            throw VcApiProblem.MALFORMED_VALUE.problem(
                    "an Open Badges or CLR credential carries at most one credentialStatus (the 1EdTech schema): "
                            + "leave credential.credentialStatus out, and this instance adds its revocation entry");
        }
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
