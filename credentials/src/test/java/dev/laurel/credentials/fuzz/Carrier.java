package dev.laurel.credentials.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.bake.BadgePayload;
import dev.laurel.credentials.bake.BakeResult;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.VcJwt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The forms a credential reaches the verifier in: JSON, a VC-JWT, or baked into a PNG or an SVG. */
enum Carrier {
    JSON,
    JWT,
    PNG,
    SVG;

    /** The verification fixtures' issuer key: Ed25519 from 32 bytes of 1. */
    static final SigningKey ISSUER = issuer();

    private static final byte[] PNG_IMAGE = Fixtures.bytes("fixtures/verify/valid.png");
    private static final byte[] SVG_IMAGE = Fixtures.bytes("fixtures/verify/valid.svg");

    /**
     * The bytes the verifier reads, or empty when this carrier cannot take the credential for a documented reason
     * (a VC-JWT needs date-time validity dates; an image may refuse a payload).
     */
    Optional<byte[]> carry(ObjectNode credential) {
        return switch (this) {
            case JSON -> Optional.of(utf8(Json.write(credential)));
            case JWT -> jwt(credential).map(Carrier::utf8);
            case PNG -> bake(PNG_IMAGE, Json.write(credential));
            case SVG -> bake(SVG_IMAGE, Json.write(credential));
        };
    }

    private static Optional<String> jwt(ObjectNode credential) {
        ObjectNode unsecured = credential.deepCopy();
        unsecured.remove("proof");
        try {
            return Optional.of(VcJwt.sign(unsecured, ISSUER, ISSUER.publicKey().didKeyVerificationMethod()));
        } catch (IllegalArgumentException documented) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> bake(byte[] image, String credential) {
        return switch (Baker.bake(image, BadgePayload.openBadgeCredential(credential))) {
            case BakeResult.Baked baked -> Optional.of(baked.image());
            case BakeResult.Refused refused -> Optional.empty();
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static SigningKey issuer() {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 1);
        return SigningKey.of(KeyType.ED25519, secret);
    }
}
