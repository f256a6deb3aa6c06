package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.proof.DecodedJwt;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a signed assertion's JWS (Open Badges 2.0 §SignedBadge Verification): RS256 only — {@code none}, HMAC and
 * everything else are refused — under the key {@code verification.creator} names, or, without a creator, under each
 * key the issuer Profile lists in {@code publicKey}. Each key is fetched from its URL (a CryptographicKey, or, for
 * Open Badges 1.x, a PEM document) and must be an RSA key of at least
 * 2048 bits. Whether the key belongs to the issuer is the issuer check's question, not this one's.
 */
final class SignatureVerification {

    private static final int MIN_RSA_BITS = 2048;

    private final DecodedJwt jws;
    private final ObjectNode assertion;
    private final LinkedObjects linked;

    /**
     * @param jws the signed assertion
     * @param assertion its payload as Open Badges 2.0 (for a 1.x one, upgraded: its {@code verify.url} the creator)
     * @param linked the assertion's issuer, for its keys
     */
    SignatureVerification(DecodedJwt jws, ObjectNode assertion, LinkedObjects linked) {
        this.jws = jws;
        this.assertion = assertion;
        this.linked = linked;
    }

    SignatureOutcome verify() {
        String algorithm = jws.header().path("alg").asText("");
        if (!algorithm.equals("RS256")) {
            return new SignatureOutcome.NotVerified("the JWS algorithm is '" + algorithm + "': Open Badges 2.0 signed"
                    + " assertions are verified with RS256 only (none and HMAC are refused)");
        }
        KeyUrls keys = keyUrls();
        if (keys.urls().isEmpty()) {
            return new SignatureOutcome.NotVerified(keys.problem());
        }
        List<String> problems = new ArrayList<>();
        for (String url : keys.urls()) {
            Optional<String> problem = tryKey(url);
            if (problem.isEmpty()) {
                Retrieval.Retrieved key =
                        (Retrieval.Retrieved) linked.documents().key(url);
                return new SignatureOutcome.Verified(url, key.document());
            }
            problems.add(problem.get());
        }
        return new SignatureOutcome.NotVerified(String.join("; ", problems));
    }

    /** Why the signature does not verify under the key at {@code url}, or empty when it does. */
    private Optional<String> tryKey(String url) {
        Retrieval retrieval = linked.documents().key(url);
        if (retrieval instanceof Retrieval.NotRetrieved missing) {
            return Optional.of(missing.message());
        }
        ObjectNode key = ((Retrieval.Retrieved) retrieval).document();
        Optional<String> pem = Nodes.text(key.get("publicKeyPem"));
        if (pem.isEmpty()) {
            return Optional.of("the CryptographicKey " + url + " has no publicKeyPem");
        }
        return switch (PublicKeyPem.read(pem.get())) {
            case PublicKeyPem.Reading.Unreadable unreadable ->
                Optional.of("the CryptographicKey " + url + ": " + unreadable.message());
            case PublicKeyPem.Reading.Read read
            when read.key().getModulus().bitLength() < MIN_RSA_BITS ->
                Optional.of("the CryptographicKey " + url + " is an RSA key of "
                        + read.key().getModulus().bitLength() + " bits; at least " + MIN_RSA_BITS + " are required");
            case PublicKeyPem.Reading.Read read ->
                holds(read.key())
                        ? Optional.empty()
                        : Optional.of("the JWS signature does not match its header and payload under the key " + url);
        };
    }

    private boolean holds(RSAPublicKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(jws.signingInput());
            return signature.verify(jws.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The keys to try: the assertion's {@code verification.creator}, else the issuer's {@code publicKey} list. */
    private KeyUrls keyUrls() {
        Optional<String> creator = Nodes.verification(assertion).flatMap(v -> Nodes.idOf(v.get("creator")));
        if (creator.isPresent()) {
            return new KeyUrls(List.of(creator.get()), "");
        }
        if (linked.issuer() instanceof Linked.Missing missing) {
            return new KeyUrls(
                    List.of(),
                    "verification.creator names no key, and the issuer's keys cannot be read: " + missing.message());
        }
        JsonNode listed = ((Linked.Found) linked.issuer()).node().get("publicKey");
        List<String> urls = Nodes.elements(listed).stream()
                .map(Nodes::idOf)
                .flatMap(Optional::stream)
                .toList();
        return new KeyUrls(urls, "verification.creator names no key, and the issuer Profile lists no publicKey");
    }

    /** The key URLs to try, and why there are none when there are none. */
    private record KeyUrls(List<String> urls, String problem) {}
}
