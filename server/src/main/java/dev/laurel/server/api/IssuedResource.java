package dev.laurel.server.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.signing.ProofFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** What issuing returns: the credential's id, its public page, and the signed credential exactly as issued. */
@Schema(name = "Issued")
record IssuedResource(
        UUID id,

        @Schema(description = "The credential's public page.", example = "https://badges.example.org/c/ID")
        String url,

        @Schema(
                description = "The signed credential as issued: a JSON object with a Data Integrity proof, or the "
                        + "compact VC-JWT string.",
                types = {"object", "string"})
        @JsonRawValue
        String credential) {

    static IssuedResource of(IssuedCredential credential, String url) {
        return new IssuedResource(credential.id().value(), url, raw(credential));
    }

    /** The stored document as a JSON value: the object itself, or the JWT as a JSON string. */
    static String raw(IssuedCredential credential) {
        if (credential.recipientForgotten()) {
            return "null";
        }
        return credential.format() == ProofFormat.VC_JWT
                ? "\"" + credential.document().strip() + "\""
                : credential.document();
    }
}
