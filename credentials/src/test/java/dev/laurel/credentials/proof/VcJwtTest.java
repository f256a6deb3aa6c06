package dev.laurel.credentials.proof;

import static dev.laurel.credentials.Fixtures.json;
import static dev.laurel.credentials.Fixtures.object;
import static dev.laurel.credentials.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.did.Resolution;
import dev.laurel.credentials.did.VerificationMethod;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VcJwtTest {

    private static final DidResolver OFFLINE = new DidResolver(HttpFetcher.offline());

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void signsWithTheOpenBadgesHeaderAndClaimsAndVerifies(KeyType type) {
        SigningKey key = SigningKey.generate(type, new SecureRandom());
        ObjectNode credential = object("spec/vectors/ob-v3p0-canonical/basic/credential.json");
        credential.put("validUntil", "2030-01-01T00:00:00Z");

        DecodedJwt jwt =
                DecodedJwt.parse(VcJwt.sign(credential, key, key.publicKey().didKeyVerificationMethod()));

        assertThat(jwt.header().properties().stream().map(e -> e.getKey()).toList())
                .containsExactlyInAnyOrder("alg", "kid", "typ");
        assertThat(jwt.header().get("alg").asText()).isEqualTo(type.jwsAlgorithm());
        assertThat(type.jwsAlgorithm()).isIn("EdDSA", "ES256", "ES384");
        assertThat(jwt.header().get("typ").asText()).isEqualTo("JWT");
        assertThat(jwt.payload().get("iss").asText())
                .isEqualTo(credential.get("issuer").get("id").asText());
        assertThat(jwt.payload().get("jti").asText()).isEqualTo("http://example.com/credentials/3527");
        assertThat(jwt.payload().get("sub").asText()).isEqualTo("did:example:ebfeb1f712ebc6f1c276e12ec21");
        assertThat(jwt.payload().get("nbf").asLong()).isEqualTo(1262304000L);
        assertThat(jwt.payload().get("exp").asLong()).isEqualTo(1893456000L);
        assertThat(jwt.credential()).isEqualTo(credential);
        assertThat(new JwtVerifier(OFFLINE).verify(jwt)).isInstanceOf(ProofResult.Valid.class);
    }

    @Test
    void rejectsAPayloadChangedAfterSigning() {
        SigningKey key = SigningKey.generate(KeyType.ED25519, new SecureRandom());
        String jwt = VcJwt.sign(
                object("spec/vectors/ob-v3p0-canonical/basic/credential.json"),
                key,
                key.publicKey().didKeyVerificationMethod());
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Teamwork", "Leadership");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        assertThat(new JwtVerifier(OFFLINE).verify(DecodedJwt.parse(forged))).isInstanceOf(ProofResult.Invalid.class);
    }

    @Test
    void verifiesRs256WithAKeyNamedByKid() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048)
                .keyID("https://issuer.example/keys#rsa")
                .generate();
        ObjectNode credential = object("spec/vectors/ob-v3p0-canonical/basic/credential.json");
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID()).build(),
                new Payload(Json.write(VcJwt.claims(credential))));
        jws.sign(new RSASSASigner(rsa));
        VerificationMethodResolver resolver = url -> new Resolution.Resolved(new VerificationMethod(
                url, "JsonWebKey", "https://issuer.example", rsa.toPublicJWK(), Set.of("assertionMethod")));

        ProofResult result = new JwtVerifier(resolver).verify(DecodedJwt.parse(jws.serialize()));

        assertThat(result).isInstanceOf(ProofResult.Valid.class);
    }

    @Test
    void verifiesTheVcJoseCoseEs256VectorWithAKidRelativeToTheIssuer() throws Exception {
        JWK key = JWK.parse(json("spec/vectors/vc-jose-cose/vm-p256.json")
                .get("publicKeyJwk")
                .toString());
        String expectedKid = "https://example.issuer/vc-jose-cose#" + key.getKeyID();
        VerificationMethodResolver resolver = url -> url.equals(expectedKid)
                ? new Resolution.Resolved(
                        new VerificationMethod(url, "JsonWebKey", "https://example.issuer/vc-jose-cose", key, Set.of()))
                : new Resolution.Unresolved(url, "unknown " + url);
        JwtVerifier verifier = new JwtVerifier(resolver);

        DecodedJwt good = DecodedJwt.parse(value("spec/vectors/vc-jose-cose/credential-jose-minimal.txt"));
        DecodedJwt bad = DecodedJwt.parse(value("spec/vectors/vc-jose-cose/credential-jose-bad-signature.txt"));

        assertThat(verifier.verify(good)).isInstanceOf(ProofResult.Valid.class);
        assertThat(good.credential()).isEqualTo(json("spec/vectors/vc-jose-cose/credential-minimal.json"));
        assertThat(verifier.verify(bad)).isInstanceOf(ProofResult.Invalid.class);
    }

    @Test
    void refusesUnsignedAndHmacTokens() {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"iss\":\"x\"}".getBytes());
        for (String alg : new String[] {"none", "HS256"}) {
            String header = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(("{\"alg\":\"" + alg + "\",\"kid\":\"did:key:z6Mk\"}").getBytes());
            ProofResult result = new JwtVerifier(OFFLINE).verify(DecodedJwt.parse(header + "." + payload + ".c2ln"));
            assertThat(result)
                    .isInstanceOfSatisfying(ProofResult.Invalid.class, invalid -> assertThat(invalid.message())
                            .contains("unsupported JWS algorithm '" + alg + "'"));
        }
    }
}
