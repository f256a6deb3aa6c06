package dev.laurel.server.credentialendorsements;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.backpack.EndorsedDownloads;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.signing.ProofFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A credential with the endorsements its earner accepted, as one file: an unsigned {@code VerifiablePresentation} (no
 * proof, no holder) holding the credential unchanged first — a VC-JWT as an enveloped credential — then each accepted
 * EndorsementCredential, withdrawn ones included (verifiers report them withdrawn).
 */
@Component
class EndorsedBundles implements EndorsedDownloads {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

    private final IssuedCredentials credentials;
    private final ReceivedEndorsements received;
    private final EndorsementViews views;

    EndorsedBundles(IssuedCredentials credentials, ReceivedEndorsements received, EndorsementViews views) {
        this.credentials = credentials;
        this.received = received;
        this.views = views;
    }

    /** For the backpack's export: the file, when the credential has accepted endorsements. */
    @Override
    public Optional<byte[]> of(UUID credentialId) {
        List<ReceivedEndorsements.Endorsement> accepted = received.accepted(credentialId);
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        return credentials
                .find(new CredentialId(credentialId))
                .filter(c -> !c.recipientForgotten())
                .map(c -> bundle(c, accepted));
    }

    /** For the backpack's CLR: the accepted endorsements still standing (not withdrawn). */
    @Override
    public List<String> standing(UUID credentialId) {
        return received.accepted(credentialId).stream()
                .filter(endorsement -> !endorsement.withdrawn())
                .map(views::document)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The file for {@code credential}, with however many endorsements it has (none, too). */
    byte[] of(IssuedCredential credential) {
        return bundle(credential, received.accepted(credential.id().value()));
    }

    private byte[] bundle(IssuedCredential credential, List<ReceivedEndorsements.Endorsement> accepted) {
        ObjectNode presentation = Json.MAPPER.createObjectNode();
        presentation.putArray("@context").add(VC_CONTEXT);
        presentation.putArray("type").add("VerifiablePresentation");
        ArrayNode carried = presentation.putArray("verifiableCredential");
        carried.add(
                credential.format() == ProofFormat.VC_JWT
                        ? enveloped(credential.document())
                        : Json.parse(credential.document()));
        for (ReceivedEndorsements.Endorsement endorsement : accepted) {
            views.document(endorsement).ifPresent(json -> carried.add(Json.parse(json)));
        }
        return Json.writePretty(presentation).getBytes(StandardCharsets.UTF_8);
    }

    /** A VC-JWT as a presentation carries it (VC 2.0, enveloped verifiable credentials). */
    private static ObjectNode enveloped(String jwt) {
        ObjectNode envelope = Json.MAPPER.createObjectNode();
        envelope.put("@context", VC_CONTEXT);
        envelope.put("id", "data:application/vc+jwt," + jwt);
        envelope.put("type", "EnvelopedVerifiableCredential");
        return envelope;
    }
}
