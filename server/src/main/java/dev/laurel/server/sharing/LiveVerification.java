package dev.laurel.server.sharing;

import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Verifies a credential as it is published, now: the library's {@link Verifier} over the platform's clock, fetcher (this
 * Laurel's status lists from the database) and resolver (its own did:web keys from the database). A suspension is
 * added from the issuing record, since the credential's status entry carries revocation only (Open Badges 3.0 allows
 * one {@code credentialStatus}), so no verifier can see it in the status list.
 */
@Component
class LiveVerification {

    /**
     * A verification with the issuer's suspension.
     *
     * @param report every check the verifier ran
     * @param credential the credential, whose state tells a suspension and its reason
     */
    record Outcome(VerificationReport report, IssuedCredential credential) {

        public boolean suspended() {
            return credential.state() == CredentialState.SUSPENDED;
        }

        /** {@code verified}, {@code suspended} (the proof holds, the issuer suspended it) or {@code not-verified}. */
        public String verdict() {
            if (!report.verified()) {
                return "not-verified";
            }
            return suspended() ? "suspended" : "verified";
        }
    }

    private final Verifier verifier;

    LiveVerification(Clock clock, HttpFetcher fetcher, VerificationMethodResolver resolver) {
        this.verifier = Verifier.builder()
                .clock(clock)
                .fetcher(fetcher)
                .resolver(resolver)
                .build();
    }

    Outcome verify(SharedCredential shared) {
        return new Outcome(verifier.verify(shared.document()), shared.credential());
    }
}
