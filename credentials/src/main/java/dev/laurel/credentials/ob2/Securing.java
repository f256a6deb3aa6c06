package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.proof.DecodedJwt;
import java.net.URI;
import java.util.Optional;

/** How an assertion is secured: hosted at its URL, signed as a JWS, or neither in a way that can be checked. */
sealed interface Securing {

    /**
     * A hosted assertion (Open Badges 2.0 HostedBadge).
     *
     * @param url where it is hosted: its {@code id}
     * @param given the assertion as handed to the verifier, when it was handed over rather than fetched
     * @param copy what the issuer serves at {@code url}: the source of truth
     */
    record Hosted(URI url, Optional<ObjectNode> given, Retrieval copy) implements Securing {}

    /** A signed assertion (Open Badges 2.0 SignedBadge): a compact JWS whose payload is the assertion. */
    record Signed(DecodedJwt jws) implements Securing {}

    /** An assertion that cannot be verified as hosted or signed; {@code reason} says why. */
    record Unsecured(String reason) implements Securing {}
}
