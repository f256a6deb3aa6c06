package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.verify.EnvelopedCredential;
import dev.laurel.server.issuing.SuppliedCredential;
import dev.laurel.server.signing.ProofFormat;

/**
 * How a stored credential is answered as {@code verifiableCredential}: the JSON with its embedded proof, or a VC-JWT
 * as an {@code EnvelopedVerifiableCredential} whose id is {@code data:application/vc+jwt,JWS} (VCALM "Issue
 * Credential": media types other than {@code application/vc}).
 */
final class IssuedForm {

    private IssuedForm() {}

    static JsonNode of(SuppliedCredential credential) {
        return credential.format() == ProofFormat.VC_JWT
                ? EnvelopedCredential.ofJwt(credential.document())
                : Json.parse(credential.document());
    }
}
