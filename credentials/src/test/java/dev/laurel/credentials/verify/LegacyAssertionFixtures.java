package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * Writes the verification fixtures of the oldest Open Badges forms, for {@link VerificationFixtures}: signed 1.0
 * assertions (a compact JWS, RS256, under the PEM key at {@code verify.url}, their issuer publishing a 1.x revocation
 * list) and hosted 0.5 ones (the BadgeClass and issuer embedded; baked as their URL, as the Mozilla Backpack baked
 * them). The signing key, {@code fixtures/ob1/signing-key.pem}, was generated for these tests.
 */
final class LegacyAssertionFixtures {

    private static final String OB1 = VerificationFixtures.OB1;
    private static final String SIGNED = OB1 + "/signed";
    private static final String KEY_PATH = "/signed/public-key.pem";
    private static final String ELSEWHERE = "https://elsewhere.example";
    /** The host of the Open Badges 0.5 issuer. */
    static final String OB05 = "https://old.example";

    private static final String SALT = "deadsea";

    private final Path out;
    private final String hash = "sha256$" + VerificationFixtures.sha256("learner@example.org" + SALT);

    LegacyAssertionFixtures(Path out) {
        this.out = out;
    }

    void writeAll() throws IOException {
        writeSigned();
        writeVersion05();
    }

    /**
     * Signed 1.0 assertions: one that verifies, also baked in a PNG and an SVG; one with its payload changed after
     * signing; one its issuer revoked (listed by uid in the 1.x revocation list); and one whose key is published on
     * another host than the issuer's.
     */
    private void writeSigned() throws IOException {
        Files.createDirectories(out.resolve("hosted/legacy.example/signed"));
        Files.createDirectories(out.resolve("hosted/elsewhere.example/keys"));
        PrivateKey key = privateKey();
        String publicPem = publicPem((RSAPrivateCrtKey) key);
        text("hosted/legacy.example" + KEY_PATH, publicPem);
        text("hosted/elsewhere.example/keys/public-key.pem", publicPem);
        json(
                "hosted/legacy.example/signed/issuer.json",
                Json.MAPPER
                        .createObjectNode()
                        .put("name", "Legacy Badge Issuer")
                        .put("url", OB1)
                        .put("email", "badges@legacy.example")
                        .put("revocationList", SIGNED + "/revocations.json"));
        json(
                "hosted/legacy.example/signed/badge.json",
                Json.MAPPER
                        .createObjectNode()
                        .put("name", "Soldering Badge")
                        .put("description", "Soldered a circuit board in 2013.")
                        .put("image", OB1 + "/badge.png")
                        .put("criteria", OB1 + "/criteria.html")
                        .put("issuer", SIGNED + "/issuer.json"));
        json(
                "hosted/legacy.example/signed/revocations.json",
                Json.MAPPER.createObjectNode().put("signed-revoked", "Issued in error"));

        String valid = sign(signed("signed-1", OB1 + KEY_PATH), key);
        text("ob1-signed.jwt", valid);
        Files.write(out.resolve("ob1-signed.png"), VerificationFixtures.bake(VerificationFixtures.png(), valid, true));
        Files.write(
                out.resolve("ob1-signed.svg"),
                VerificationFixtures.bake(VerificationFixtures.svg().getBytes(StandardCharsets.UTF_8), valid, true));
        String[] parts = valid.split("\\.");
        ObjectNode forged = signed("signed-1", OB1 + KEY_PATH).put("issuedOn", 1359217999);
        text("ob1-signed-tampered.jwt", parts[0] + "." + base64url(Json.write(forged)) + "." + parts[2]);
        text("ob1-signed-revoked.jwt", sign(signed("signed-revoked", OB1 + KEY_PATH), key));
        text("ob1-signed-key-elsewhere.jwt", sign(signed("signed-2", ELSEWHERE + "/keys/public-key.pem"), key));
    }

    /** A signed 1.0 assertion: no context, a salted hash recipient, Unix seconds, the key's URL in verify. */
    private ObjectNode signed(String uid, String keyUrl) {
        ObjectNode assertion = Json.MAPPER.createObjectNode().put("uid", uid);
        assertion.put("recipient", hash);
        assertion.put("salt", SALT);
        assertion.put("badge", SIGNED + "/badge.json");
        assertion.putObject("verify").put("type", "signed").put("url", keyUrl);
        assertion.put("issuedOn", 1359217910);
        return assertion;
    }

    /**
     * A hosted 0.5 assertion with relative image, criteria and evidence URLs, served at its URL and baked as that
     * URL; the same assertion given as JSON, without the URL that is its id; and one hosted on another host than its
     * issuer's origin.
     */
    private void writeVersion05() throws IOException {
        Files.createDirectories(out.resolve("hosted/old.example/assertions"));
        Files.createDirectories(out.resolve("hosted/elsewhere.example/assertions"));
        ObjectNode assertion = Json.MAPPER.createObjectNode().put("recipient", hash);
        assertion.put("salt", SALT);
        assertion.put("evidence", "/work/learner.html");
        assertion.put("issued_on", "2012-06-01");
        assertion.put("expires", "2030-06-01");
        ObjectNode badge = assertion.putObject("badge");
        badge.put("version", "0.5.0");
        badge.put("name", "HTML5 Fundamentals");
        badge.put("image", "/images/html5.png");
        badge.put("description", "Knows the difference between a section and an article.");
        badge.put("criteria", "/badges/html5.html");
        badge.putObject("issuer")
                .put("origin", OB05)
                .put("name", "Old Badges")
                .put("org", "School of Webcraft")
                .put("contact", "badges@old.example");
        json("hosted/old.example/assertions/v0-5.json", assertion);
        json("hosted/elsewhere.example/assertions/v0-5.json", assertion);
        json("ob05-given.json", assertion);
        Files.write(
                out.resolve("ob05-baked.png"),
                VerificationFixtures.bake(VerificationFixtures.png(), OB05 + "/assertions/v0-5.json", true));
        Files.write(
                out.resolve("ob05-other-host.png"),
                VerificationFixtures.bake(VerificationFixtures.png(), ELSEWHERE + "/assertions/v0-5.json", true));
    }

    private static String sign(ObjectNode assertion, PrivateKey key) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(Json.write(assertion)));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey() {
        String pem = Fixtures.text("fixtures/ob1/signing-key.pem")
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicPem(RSAPrivateCrtKey key) {
        try {
            byte[] der = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()))
                    .getEncoded();
            return "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(der)
                    + "\n-----END PUBLIC KEY-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private void json(String name, JsonNode json) throws IOException {
        text(name, Json.writePretty(json));
    }

    private void text(String name, String content) throws IOException {
        VerificationFixtures.write(out, name, content);
    }
}
