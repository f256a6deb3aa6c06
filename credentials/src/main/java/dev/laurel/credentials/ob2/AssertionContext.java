package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * What the checks of one verification share: the assertion examined, as Open Badges 2.0 (for a hosted assertion, the
 * issuer's copy when it could be fetched), the version it was written in, how it is secured, the instant of verification, and its linked objects, fetched once. Not
 * thread-safe: one instance serves one verification.
 */
final class AssertionContext {

    private final ObjectNode assertion;
    private final AssertionVersion version;
    private final Securing securing;
    private final Instant now;
    private final LinkedObjects linked;
    private SignatureOutcome signature;

    AssertionContext(
            ObjectNode assertion, AssertionVersion version, Securing securing, Instant now, Documents documents) {
        this.assertion = assertion;
        this.version = version;
        this.securing = securing;
        this.now = now;
        this.linked = new LinkedObjects(assertion, version, documents);
    }

    ObjectNode assertion() {
        return assertion;
    }

    /** The version the assertion was written in; {@link #assertion()} is always its 2.0 form. */
    AssertionVersion version() {
        return version;
    }

    Securing securing() {
        return securing;
    }

    Instant now() {
        return now;
    }

    LinkedObjects linked() {
        return linked;
    }

    /** Whether the assertion says it is revoked ({@code "revoked": true}). */
    boolean revoked() {
        return assertion.path("revoked").asText().equals("true");
    }

    /** The outcome of checking a signed assertion's JWS, worked out once for the proof and issuer checks. */
    SignatureOutcome signature() {
        if (signature == null) {
            signature = securing instanceof Securing.Signed signed
                    ? new SignatureVerification(signed.jws(), assertion, linked).verify()
                    : new SignatureOutcome.NotVerified("the assertion is not signed");
        }
        return signature;
    }
}
