package dev.laurel.credentials.report;

/**
 * Why a check failed or warned: the one catalogue of stable reason codes that reports, the command line's {@code
 * --json} output and the API carry, so that code decides on the code ({@code status.revoked}) and never on a
 * message, which is for people and may change or be translated.
 *
 * <p>A code is {@code <check-id>.<cause>}, the check id being the {@link CheckId} whose results carry it; the one
 * exception is {@link #CHECK_INCOMPLETE}, which any check may carry. Codes never change meaning; new causes get new
 * codes. Within a check, causes are declared most decisive first: when one result has several reasons, the first
 * declared is its primary one ({@link CheckResult#reason()}).
 */
public enum Reason {
    /** The input cannot be read as a credential: not JSON, a broken JWT, not an object, empty, an unreadable image. */
    FORMAT_MALFORMED("format.malformed"),
    /** The input is readable but not in a form Laurel verifies: another envelope media type, a non-http(s) URL. */
    FORMAT_UNSUPPORTED("format.unsupported"),
    /**
     * An Open Badges 2.0 object other than an Assertion (a BadgeClass, an issuer Profile) where a credential or
     * assertion is expected.
     */
    FORMAT_NOT_ASSERTION("format.not-assertion"),
    /** The image carries no baked credential. */
    FORMAT_NOT_BAKED("format.not-baked"),
    /** An Open Badges 2.0 assertion URL answered 410 Gone. */
    FORMAT_GONE("format.gone"),
    /** An Open Badges 2.0 assertion URL could not be fetched. */
    FORMAT_UNREACHABLE("format.unreachable"),
    /**
     * An Open Badges 1.x assertion (1.0 without {@code @context}, or 1.1): verified after being upgraded to 2.0, as
     * the 1EdTech validator does; a warning.
     */
    FORMAT_OB1_UPGRADED("format.ob1-upgraded"),
    /**
     * An Open Badges 0.5 assertion (no {@code @context}, its BadgeClass and issuer embedded): verified after being
     * upgraded to 2.0, as the 1EdTech validator does; a warning.
     */
    FORMAT_OB05_UPGRADED("format.ob05-upgraded"),
    /** A PDF that carries no credential as an embedded file ({@code credential.json} or {@code credential.jwt}). */
    FORMAT_NO_CREDENTIAL_IN_PDF("format.no-credential-in-pdf"),

    /** There is no {@code @context}. */
    CONTEXT_MISSING("context.missing"),
    /** The first {@code @context} is not the VC context. */
    CONTEXT_NOT_VC("context.not-vc"),
    /** An Open Badges 2.0 assertion's {@code @context} does not name the Open Badges 2.0 context. */
    CONTEXT_NOT_OB2("context.not-ob2"),
    /** An {@code @context} entry is neither a URL nor an object. */
    CONTEXT_MALFORMED("context.malformed"),
    /** An {@code @context} URL is not one Laurel bundles (contexts are never fetched). */
    CONTEXT_UNKNOWN("context.unknown"),
    /** A property or type no context defines. */
    CONTEXT_UNDEFINED_TERM("context.undefined-term"),
    /** An embedded {@code @context} redefines a term the VC or Open Badges context protects; the message names it. */
    CONTEXT_PROTECTED_TERM("context.protected-term"),
    /**
     * An Open Badges 3.0 context older than 3.0.3 (context-3.0.2, context-3.0.1, context.json): the credential
     * verifies, but new credentials must use 3.0.3 (a warning).
     */
    CONTEXT_OUTDATED("context.outdated"),
    /** Any other JSON-LD error: an invalid context, an invalid IRI, conflicting keywords. */
    CONTEXT_INVALID("context.invalid"),

    /** An Open Badges 2.0 assertion has no {@code type}. */
    TYPE_MISSING("type.missing"),
    /** {@code type} does not include {@code VerifiableCredential}. */
    TYPE_NOT_CREDENTIAL("type.not-credential"),
    /** {@code type} does not include {@code VerifiablePresentation}. */
    TYPE_NOT_PRESENTATION("type.not-presentation"),
    /** An Open Badges 2.0 {@code type} does not include {@code Assertion}. */
    TYPE_NOT_ASSERTION("type.not-assertion"),
    /** A credential of a type Laurel does not recognize: only the VC checks apply (a warning). */
    TYPE_UNRECOGNIZED("type.unrecognized"),

    /** The credential does not validate against a JSON Schema, or an Open Badges 2.0 object lacks a property. */
    SCHEMA_INVALID("schema.invalid"),
    /** An Open Badges 2.0 BadgeClass or issuer Profile cannot be had, so its properties cannot be checked. */
    SCHEMA_LINKED_MISSING("schema.linked-missing"),
    /**
     * A VC 1.1 credential does not conform to the 1EdTech schema even read as VC 2.0 (the schemas describe the 2.0
     * form): a warning.
     */
    SCHEMA_VC11_NONCONFORMING("schema.vc11-nonconforming"),
    /**
     * An Open Badges 2.0 BadgeClass or issuer Profile names itself by another id than the URL it was fetched from (a
     * warning).
     */
    SCHEMA_LINKED_ID_MISMATCH("schema.linked-id-mismatch"),
    /** A {@code credentialSchema} Laurel does not bundle was not checked (a warning). */
    SCHEMA_NOT_BUNDLED("schema.not-bundled"),

    /** There is no {@code credentialSubject}. */
    SUBJECT_MISSING("subject.missing"),
    /** {@code credentialSubject} is not an object. */
    SUBJECT_MALFORMED("subject.malformed"),
    /** The subject has neither an {@code id} nor an {@code identifier}. */
    SUBJECT_UNIDENTIFIED("subject.unidentified"),

    /** The proof or signature does not hold: changed after signing, an unknown suite, a key that cannot be had. */
    PROOF_INVALID("proof.invalid"),
    /** Nothing secures it: no proof, or an Open Badges 2.0 assertion neither hosted nor signed as Laurel verifies. */
    PROOF_MISSING("proof.missing"),
    /** The issuer hosts the Open Badges 2.0 assertion no more: its URL answered 410 Gone. */
    PROOF_GONE("proof.gone"),
    /** The hosted Open Badges 2.0 assertion could not be fetched from its id. */
    PROOF_UNREACHABLE("proof.unreachable"),
    /** The document at the hosted assertion's id names another id. */
    PROOF_NOT_AT_ID("proof.not-at-id"),
    /** The hosted copy of the assertion says it is revoked. */
    PROOF_REVOKED("proof.revoked"),
    /** The assertion given differs from the copy its issuer hosts. */
    PROOF_MISMATCH("proof.mismatch"),
    /**
     * A proof was not checked because the proof set limits (number of proofs, time) were reached before a proof by
     * the issuer verified.
     */
    PROOF_LIMIT_REACHED("proof.limit-reached"),
    /** A proof of a type or cryptosuite Laurel does not verify, beside one that verified (a warning). */
    PROOF_UNSUPPORTED("proof.unsupported"),

    /** The credential has no issuer id. */
    ISSUER_MISSING("issuer.missing"),
    /** The signing key is controlled (owned) by someone other than the issuer. */
    ISSUER_NOT_CONTROLLER("issuer.not-controller"),
    /** A JWT carries its own key in its header ({@code jwk}, no {@code kid}), and the issuer does not publish it. */
    ISSUER_EMBEDDED_KEY("issuer.embedded-key"),
    /** The Open Badges 2.0 issuer Profile cannot be had. */
    ISSUER_UNREACHABLE("issuer.unreachable"),
    /** The hosted assertion is outside its issuer's verification policy (by default, its origin). */
    ISSUER_OUT_OF_SCOPE("issuer.out-of-scope"),
    /** The CryptographicKey names itself by another id than its URL. */
    ISSUER_KEY_ID_MISMATCH("issuer.key-id-mismatch"),
    /** The issuer Profile does not list the key in its {@code publicKey}. */
    ISSUER_KEY_NOT_LISTED("issuer.key-not-listed"),
    /** The issuer lists the key, but the key names no owner (a warning). */
    ISSUER_KEY_UNOWNED("issuer.key-unowned"),

    /** A JWT claim does not match the credential. */
    JWT_CLAIMS_MISMATCH("jwt-claims.mismatch"),
    /** A JWT claim the credential gives a value for is missing. */
    JWT_CLAIMS_MISSING("jwt-claims.missing"),
    /** A JWT claim is present though the credential has no matching value. */
    JWT_CLAIMS_UNEXPECTED("jwt-claims.unexpected"),
    /** A credential date the claims are compared with is not a date-time. */
    JWT_CLAIMS_MALFORMED("jwt-claims.malformed"),

    /** Now is before {@code validFrom} ({@code issuanceDate}, {@code issuedOn}). */
    VALID_FROM_NOT_YET_VALID("valid-from.not-yet-valid"),
    /** {@code validFrom} ({@code issuanceDate}, {@code issuedOn}) is not a date-time. */
    VALID_FROM_MALFORMED("valid-from.malformed"),

    /**
     * {@code validUntil} is earlier than {@code validFrom} (VC Data Model 2.0 §4.9): the credential is malformed,
     * whatever the time.
     */
    VALID_UNTIL_BEFORE_VALID_FROM("valid-until.before-valid-from"),
    /** Now is after {@code validUntil} ({@code expirationDate}, {@code expires}). */
    VALID_UNTIL_EXPIRED("valid-until.expired"),
    /** {@code validUntil} ({@code expirationDate}, {@code expires}) is not a date-time. */
    VALID_UNTIL_MALFORMED("valid-until.malformed"),

    /** The issuer revoked the credential: for good. */
    STATUS_REVOKED("status.revoked"),
    /** The issuer suspended the credential: not to be accepted for now. */
    STATUS_SUSPENDED("status.suspended"),
    /** A status or revocation list could not be fetched (or its address is not one): the status is unknown. */
    STATUS_UNREACHABLE("status.unreachable"),
    /** The status list credential does not verify. */
    STATUS_UNTRUSTED("status.untrusted"),
    /** A status or revocation list was fetched but cannot be read: not one, a bad encoding, too large, too short. */
    STATUS_LIST_MALFORMED("status.list-malformed"),
    /** A list does not fit its entry: another id, another purpose or status size, an index past its end. */
    STATUS_LIST_MISMATCH("status.list-mismatch"),
    /** The status list credential is not yet valid, or no longer. */
    STATUS_LIST_NOT_CURRENT("status.list-not-current"),
    /** A {@code credentialStatus} entry is malformed, or the credential lacks the id its list looks up. */
    STATUS_ENTRY_MALFORMED("status.entry-malformed"),
    /** A {@code statusListIndex} written as a JSON number, not a string of digits: read all the same (a warning). */
    STATUS_INDEX_NUMBER("status.index-number"),
    /** A status entry of a type Laurel does not check (a warning). */
    STATUS_UNSUPPORTED("status.unsupported"),
    /** A status of another purpose than revocation or suspension is set, e.g. a refresh or a message (a warning). */
    STATUS_FLAGGED("status.flagged"),

    /** An embedded endorsement does not verify (a warning). */
    ENDORSEMENTS_INVALID("endorsements.invalid"),

    /** An endorsement was withdrawn by its endorser: its status bit is set (a warning). */
    ENDORSEMENTS_WITHDRAWN("endorsements.withdrawn"),

    /** The Open Badges 2.0 recipient is not a well-formed IdentityObject. */
    RECIPIENT_MALFORMED("recipient.malformed"),
    /** The recipient is readable but looks wrong: an unknown type, an identity like a hash that is not hashed. */
    RECIPIENT_QUESTIONABLE("recipient.questionable"),

    /** The presentation has no proof to carry the challenge, or its proof carries none. */
    CHALLENGE_MISSING("challenge.missing"),
    /** The proof answers another challenge. */
    CHALLENGE_MISMATCH("challenge.mismatch"),

    /** The presentation has no proof to name a domain, or its proof names none. */
    DOMAIN_MISSING("domain.missing"),
    /** The proof is meant for another domain. */
    DOMAIN_MISMATCH("domain.mismatch"),

    /** The proving key is controlled by someone other than the presentation's holder. */
    HOLDER_NOT_CONTROLLER("holder.not-controller"),
    /** The presentation's holder is neither a URL nor an object with an id (VC Data Model 2.0 §4.13). */
    HOLDER_MALFORMED("holder.malformed"),

    /** A credential the presentation carries does not verify; its own report says why. */
    CREDENTIALS_INVALID("credentials.invalid"),

    /** The PDF was changed after it was sealed, or its seal's signature does not verify. */
    SEAL_BROKEN("seal.broken"),
    /** The PDF carries no PAdES seal (a warning: the credential inside carries its own proof). */
    SEAL_MISSING("seal.missing"),
    /** The seal verifies, but its certificate is self-signed: it names the signer without anyone vouching (a warning). */
    SEAL_SELF_SIGNED("seal.self-signed"),

    /** The check (or the whole verification) could not complete: a bug or an infrastructure failure. */
    CHECK_INCOMPLETE("check.incomplete");

    private final String code;

    Reason(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code status.revoked}. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
