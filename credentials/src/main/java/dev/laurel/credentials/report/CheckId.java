package dev.laurel.credentials.report;

/**
 * The checks a verification runs, each with a stable id that reports, the command line's {@code --json} output and
 * the API carry. Ids never change meaning; new checks get new ids.
 */
public enum CheckId {
    /** The input could be read: JSON, a compact JWS, or an image with a baked credential. */
    FORMAT("format"),
    /** {@code @context} is present, starts with the VC context, names only bundled contexts, and every term is defined. */
    CONTEXT("context"),
    /** {@code type} names a credential type Laurel verifies. */
    TYPE("type"),
    /** The credential validates against the 1EdTech JSON Schema for its type. */
    SCHEMA("schema"),
    /** The credential subject is identified by an {@code id} or an {@code identifier}. */
    SUBJECT("subject"),
    /**
     * The proof (Data Integrity or VC-JWT, or an Open Badges 2.0 hosted or signed assertion) holds; a credential with
     * several Data Integrity proofs has a line per proof.
     */
    PROOF("proof"),
    /** The issuer controls the key that made the proof (Open Badges 2.0: the issuer's origin matches). */
    ISSUER("issuer"),
    /**
     * For VC-JWT: the JWT claims iss, sub, jti, nbf and exp agree with the credential; for a VP-JWT, iss and jti agree
     * with the presentation's holder and id.
     */
    JWT_CLAIMS("jwt-claims"),
    /** Now is not before {@code validFrom} (or {@code issuanceDate}; a VP-JWT's {@code nbf} and {@code iat}). */
    VALID_FROM("valid-from"),
    /** Now is not after {@code validUntil} (or {@code expirationDate}, {@code expires}; a VP-JWT's {@code exp}). */
    VALID_UNTIL("valid-until"),
    /** Revocation and suspension status: Bitstring Status List, 1EdTech Revocation List, Open Badges 2.0 revocation list. */
    STATUS("status"),
    /** Embedded endorsement credentials verify. */
    ENDORSEMENTS("endorsements"),
    /** Open Badges 2.0: the recipient identity (possibly hashed) is well formed. */
    RECIPIENT("recipient"),
    /** A presentation's proof carries the challenge the verifier expects. */
    CHALLENGE("challenge"),
    /** A presentation's proof is meant for the domain the verifier expects. */
    DOMAIN("domain"),
    /** A presentation's holder controls the key that made its proof. */
    HOLDER("holder"),
    /** Every credential a presentation carries verifies. */
    CREDENTIALS("credentials"),
    /**
     * A certificate PDF's PAdES seal: the document is unchanged since it was sealed, and the sealing certificate is
     * named (a self-signed one is a warning).
     */
    SEAL("seal");

    private final String id;

    CheckId(String id) {
        this.id = id;
    }

    /** The stable id, e.g. {@code valid-until}. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
