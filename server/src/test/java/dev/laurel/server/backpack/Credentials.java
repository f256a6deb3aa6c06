package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.bake.BadgePayload;
import dev.laurel.credentials.bake.BakeResult;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.proof.VcJwt;
import dev.laurel.server.Images;
import dev.laurel.server.verification.TestCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * Credentials from elsewhere, for imports: the library's {@code valid.json} fixture without its status entry, issued
 * by a new did:key and signed afresh, named as asked — as JSON, a VC-JWT, or baked into a PNG or an SVG.
 */
final class Credentials {

    private static final SigningKey ISSUER = SigningKey.generate(KeyType.ED25519, new SecureRandom());

    private Credentials() {}

    static ObjectNode unsigned(String name) {
        ObjectNode credential = (ObjectNode) Json.parse(fixture("valid.json"));
        credential.remove("proof");
        credential.remove("credentialStatus");
        credential.put("id", "urn:uuid:" + java.util.UUID.randomUUID());
        ((ObjectNode) credential.get("issuer")).put("id", ISSUER.publicKey().didKey());
        ((ObjectNode) credential.get("issuer")).put("name", "Elsewhere Academy");
        ((ObjectNode) credential.get("credentialSubject").get("achievement")).put("name", name);
        return credential;
    }

    static byte[] json(String name) {
        return Json.writePretty(signed(name)).getBytes(StandardCharsets.UTF_8);
    }

    /** The credential issued to {@code email}, named in plain text or hashed with a salt, as JSON. */
    static byte[] json(String name, String email, boolean hashed) {
        return Json.writePretty(sign(to(unsigned(name), email, hashed))).getBytes(StandardCharsets.UTF_8);
    }

    /** The credential issued to {@code email} (hashed), valid from {@code validFrom}, carrying {@code credits}. */
    static byte[] jsonWithCredits(String name, String email, java.math.BigDecimal credits, Instant validFrom) {
        ObjectNode credential = to(unsigned(name), email, true);
        credential.put("validFrom", validFrom.toString());
        ((ObjectNode) credential.get("credentialSubject")).put("creditsEarned", credits);
        return Json.writePretty(sign(credential)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The credential issued to {@code email} in plain text as a VC Data Model 1.1 one, as Open Badges 3.0 issuers wrote
     * them before VC 2.0 (the VC 1.1 context first, {@code issuanceDate}), as JSON.
     */
    static byte[] vc11Json(String name, String email) {
        ObjectNode credential = TestCredentials.asVc11(to(unsigned(name), email, false));
        return Json.writePretty(sign(credential)).getBytes(StandardCharsets.UTF_8);
    }

    /** The credential issued to {@code email}, hashed with a salt, as a VC-JWT. */
    static byte[] jwt(String name, String email) {
        return VcJwt.sign(
                        to(unsigned(name), email, true),
                        ISSUER,
                        ISSUER.publicKey().didKeyVerificationMethod())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Identifies the subject by an email address instead of the fixture's DID, as Open Badges 3.0 issuers do. */
    static ObjectNode to(ObjectNode credential, String email, boolean hashed) {
        ObjectNode subject = (ObjectNode) credential.get("credentialSubject");
        subject.remove("id");
        ObjectNode identity = subject.putArray("identifier").addObject();
        identity.put("type", "IdentityObject")
                .put("identityType", "emailAddress")
                .put("hashed", hashed);
        if (hashed) {
            String salt = "pepper-" + java.util.UUID.randomUUID();
            identity.put("identityHash", "sha256$" + sha256(email + salt)).put("salt", salt);
        } else {
            identity.put("identityHash", email);
        }
        return credential;
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode signed(String name) {
        return sign(unsigned(name));
    }

    /** The credential signed by the test issuer's did:key, as of 2026-01-01. */
    static ObjectNode sign(ObjectNode unsigned) {
        return DataIntegrity.sign(
                unsigned,
                ISSUER,
                ProofOptions.assertion(
                        ISSUER.publicKey().didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
    }

    static byte[] tampered(String name) {
        ObjectNode credential = signed(name);
        ((ObjectNode) credential.get("credentialSubject").get("achievement")).put("name", name + " Champion");
        return Json.write(credential).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] jwt(String name) {
        return VcJwt.sign(unsigned(name), ISSUER, ISSUER.publicKey().didKeyVerificationMethod())
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png(String name) {
        return bake(Images.png(64, 64), signed(name));
    }

    static byte[] svg(String name) {
        return bake(Images.svg(64, 64), signed(name));
    }

    /** The credential issued to {@code email} (hashed), baked into a PNG. */
    static byte[] png(String name, String email) {
        return bake(Images.png(64, 64), sign(to(unsigned(name), email, true)));
    }

    /** The credential issued to {@code email} (in plain text), baked into an SVG. */
    static byte[] svg(String name, String email) {
        return bake(Images.svg(64, 64), sign(to(unsigned(name), email, false)));
    }

    private static byte[] bake(byte[] image, ObjectNode credential) {
        return switch (Baker.bake(image, BadgePayload.openBadgeCredential(Json.write(credential)))) {
            case BakeResult.Baked baked -> baked.image();
            case BakeResult.Refused refused -> throw new IllegalStateException(refused.message());
        };
    }

    static byte[] fixture(String name) {
        try (InputStream in = Credentials.class.getResourceAsStream("/verification/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
