package dev.laurel.credentials.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import dev.laurel.credentials.did.Resolution;
import dev.laurel.credentials.did.VerificationMethod;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.Multikey;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.text.ParseException;
import java.util.Set;

/**
 * Verifies the signature of a VC-JWT: {@code EdDSA} (Ed25519), {@code ES256} (P-256), {@code ES384} (P-384) or {@code RS256}, with the key
 * named by {@code kid} (a DID URL or https URL, or a fragment relative to the issuer) or embedded as {@code jwk}.
 *
 * <p>Any other algorithm — {@code none} and HMAC above all — is refused. Never throws for bad input. Thread-safe
 * when the resolver is.
 */
public final class JwtVerifier {

    private static final Set<String> ALGORITHMS = Set.of("EdDSA", "ES256", "ES384", "RS256");

    private final VerificationMethodResolver resolver;

    public JwtVerifier(VerificationMethodResolver resolver) {
        this.resolver = resolver;
    }

    /** Checks {@code jwt}'s signature and returns the verification method that made it. */
    public ProofResult verify(DecodedJwt jwt) {
        String algorithm = jwt.header().path("alg").asText("");
        if (!ALGORITHMS.contains(algorithm)) {
            return new ProofResult.Invalid(
                    "unsupported JWS algorithm '" + algorithm + "' (Laurel verifies EdDSA, ES256, ES384 and RS256)");
        }
        Resolution resolution = key(jwt);
        if (resolution instanceof Resolution.Unresolved unresolved) {
            return new ProofResult.Invalid(unresolved.message());
        }
        VerificationMethod method = ((Resolution.Resolved) resolution).method();
        String mismatch = keyMatches(algorithm, method.publicKey());
        if (mismatch != null) {
            return new ProofResult.Invalid(mismatch);
        }
        if (!signatureHolds(algorithm, method.publicKey(), jwt)) {
            return new ProofResult.Invalid("the JWS signature does not match the payload under the key " + method.id());
        }
        return new ProofResult.Valid(method, algorithm + " signature verified with " + method.id());
    }

    private Resolution key(DecodedJwt jwt) {
        JsonNode jwkNode = jwt.header().get("jwk");
        String kid = jwt.header().path("kid").asText(null);
        if (kid != null && !kid.isBlank()) {
            return resolver.resolve(absoluteKid(kid, jwt));
        }
        if (jwkNode != null && jwkNode.isObject()) {
            try {
                JWK jwk = JWK.parse(jwkNode.toString());
                if (jwk.isPrivate()) {
                    return new Resolution.Unresolved("jwk", "the JOSE header's jwk contains a private key; refused");
                }
                String issuer = VcJwt.idOf(jwt.credential().get("issuer"));
                return new Resolution.Resolved(
                        new VerificationMethod("jwk", "JsonWebKey", issuer == null ? "" : issuer, jwk, Set.of()));
            } catch (ParseException e) {
                return new Resolution.Unresolved("jwk", "the JOSE header's jwk is not a valid JWK: " + e.getMessage());
            }
        }
        return new Resolution.Unresolved("", "the JOSE header names no key: it has neither kid nor jwk");
    }

    /** A kid that is not an absolute URL is a fragment of the issuer's DID or URL, as VC-JOSE-COSE reads it. */
    static String absoluteKid(String kid, DecodedJwt jwt) {
        if (kid.contains(":")) {
            return kid;
        }
        String issuer =
                jwt.payload().path("iss").asText(VcJwt.idOf(jwt.credential().get("issuer")));
        if (issuer == null || issuer.isEmpty()) {
            return kid;
        }
        return issuer + (kid.startsWith("#") ? kid : "#" + kid);
    }

    private static String keyMatches(String algorithm, JWK key) {
        return switch (algorithm) {
            case "EdDSA" -> multikeyOf(key, KeyType.ED25519) == null ? "the key for EdDSA is not an Ed25519 key" : null;
            case "ES256" -> multikeyOf(key, KeyType.P256) == null ? "the key for ES256 is not a P-256 key" : null;
            case "ES384" -> multikeyOf(key, KeyType.P384) == null ? "the key for ES384 is not a P-384 key" : null;
            default ->
                !(key instanceof RSAKey rsa)
                        ? "the key for RS256 is not an RSA key"
                        : rsa.size() < 2048 ? "the RSA key is shorter than 2048 bits; refused" : null;
        };
    }

    private static boolean signatureHolds(String algorithm, JWK key, DecodedJwt jwt) {
        byte[] input = jwt.signingInput();
        byte[] signature = jwt.signature();
        return switch (algorithm) {
            case "EdDSA" -> multikeyOf(key, KeyType.ED25519).verify(input, signature);
            case "ES256" -> multikeyOf(key, KeyType.P256).verify(input, signature);
            case "ES384" -> multikeyOf(key, KeyType.P384).verify(input, signature);
            default -> rsaHolds((RSAKey) key, input, signature);
        };
    }

    private static Multikey multikeyOf(JWK key, KeyType type) {
        try {
            Multikey multikey = Multikey.fromJwk(key);
            return multikey.type() == type ? multikey : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean rsaHolds(RSAKey key, byte[] input, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key.toRSAPublicKey());
            signature.update(input);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | JOSEException e) {
            return false;
        }
    }
}
