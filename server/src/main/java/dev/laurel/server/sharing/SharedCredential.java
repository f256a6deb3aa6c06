package dev.laurel.server.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.signing.ProofFormat;

/**
 * A credential as its public page shows it. Each fact has one source: what the credential asserts (badge name,
 * description, criteria, image, earner, dates, tags, alignments, evidence, narrative, issuer name) comes from the signed
 * document, as {@link CredentialFacts}; what changes after signing — the state and its reason — from the issuing
 * record; the issuer's logo and page from the organization as it is now.
 *
 * @param credential the issuing record, with the signed document exactly as issued
 * @param issuer the issuing organization
 * @param json the credential's JSON: the document itself (Data Integrity), or the credential a VC-JWT's payload carries
 * @param facts what the credential says
 * @param url the public page's URL, which is also the credential's id
 */
record SharedCredential(
        IssuedCredential credential, Organization issuer, JsonNode json, CredentialFacts facts, String url) {

    /** True when the signed artifact is a VC-JWT: its JSON is then not what was signed. */
    public boolean jwt() {
        return credential.format() == ProofFormat.VC_JWT;
    }

    /** The signed artifact: the JSON with its embedded proof, or the compact VC-JWT. */
    public String document() {
        return credential.document();
    }
}
