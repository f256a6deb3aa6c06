package dev.laurel.credentials.key;

import static dev.laurel.credentials.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import dev.laurel.credentials.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SigningKeyTest {

    @Test
    void readsTheW3cKeyPairWithPrivateKeyMultibase() {
        SigningKey key = SigningKey.fromJson(json("spec/vectors/vc-di-eddsa/keyPair.json"));
        assertThat(key.type()).isEqualTo(KeyType.ED25519);
        assertThat(key.publicKey().publicKeyMultibase()).isEqualTo("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
    }

    @Test
    void readsTheImplementationGuideKeyPairFromHexAndFromItsSixtyFourByteSecretMultibase() {
        ObjectNode file = (ObjectNode) json("spec/vectors/ob-v3p0-impl/keypair.json");
        SigningKey fromMultibase = SigningKey.fromJson(file);
        ObjectNode hexOnly = Json.MAPPER
                .createObjectNode()
                .put("privateKeyHex", file.get("privateKeyHex").asText());
        SigningKey fromHex = SigningKey.fromJson(hexOnly);
        assertThat(fromMultibase.publicKey()).isEqualTo(fromHex.publicKey());
        assertThat(HexFormat.of().formatHex(fromHex.publicKey().publicKey()))
                .isEqualTo(file.get("publicKeyHex").asText());
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void writesAKeyFileThatReadsBackToTheSameKey(KeyType type) {
        SigningKey key = SigningKey.generate(type, new SecureRandom());
        SigningKey again = SigningKey.fromJson(key.toJson());
        assertThat(again.publicKey()).isEqualTo(key.publicKey());
        byte[] message = "hello".getBytes(StandardCharsets.UTF_8);
        assertThat(again.publicKey().verify(message, key.sign(message))).isTrue();
        assertThat(key.publicKey().verify("other".getBytes(StandardCharsets.UTF_8), key.sign(message)))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void convertsBetweenMultibaseDidKeyAndJwk(KeyType type) {
        Multikey key = SigningKey.generate(type, new SecureRandom()).publicKey();
        assertThat(Multikey.fromMultibase(key.publicKeyMultibase())).isEqualTo(key);
        assertThat(Multikey.fromDidKey(key.didKeyVerificationMethod())).isEqualTo(key);
        assertThat(Multikey.fromJwk(key.toJwk())).isEqualTo(key);
        assertThat(key.publicKeyMultibase())
                .startsWith(
                        switch (type) {
                            case ED25519 -> "z6Mk";
                            case P256 -> "zDn";
                            case P384 -> "z82L";
                        });
    }

    @Test
    void readsAPrivateP256JwkAsTheSameKeyAsItsPublicHalf() throws Exception {
        var vm = json("spec/vectors/vc-jose-cose/vm-p256.json");
        SigningKey key =
                SigningKey.fromJson(Json.MAPPER.createObjectNode().set("secretKeyJwk", vm.get("secretKeyJwk")));
        assertThat(key.publicKey())
                .isEqualTo(Multikey.fromJwk(JWK.parse(vm.get("publicKeyJwk").toString())));
    }

    @Test
    void refusesAKeyFileWhosePublicKeyDoesNotMatch() {
        ObjectNode file =
                SigningKey.generate(KeyType.ED25519, new SecureRandom()).toJson();
        file.put(
                "publicKeyMultibase",
                SigningKey.generate(KeyType.ED25519, new SecureRandom())
                        .publicKey()
                        .publicKeyMultibase());
        assertThatThrownBy(() -> SigningKey.fromJson(file)).hasMessageContaining("does not match");
    }

    @Test
    void refusesAKeyFileWithoutASecret() {
        assertThatThrownBy(
                        () -> SigningKey.fromJson(Json.MAPPER.createObjectNode().put("publicKeyMultibase", "z6Mk")))
                .hasMessageContaining("no secret key");
    }

    @Test
    void neverShowsTheSecretInToString() {
        SigningKey key = SigningKey.generate(KeyType.ED25519, new SecureRandom());
        assertThat(key.toString())
                .doesNotContain(key.secretKeyMultibase())
                .contains(key.publicKey().publicKeyMultibase());
    }

    @Test
    void base58RoundTripsRandomBytesAndLeadingZeros() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(70)];
            random.nextBytes(bytes);
            if (bytes.length > 2 && i % 3 == 0) {
                bytes[0] = 0;
                bytes[1] = 0;
            }
            assertThat(Multibase.decode(Multibase.encodeBase58Btc(bytes))).isEqualTo(bytes);
            assertThat(Multibase.decode(Multibase.encodeBase64Url(bytes))).isEqualTo(bytes);
        }
        assertThat(Multibase.encodeBase58(HexFormat.of().parseHex("0000ff"))).isEqualTo("115Q");
    }

    @Test
    void rejectsMultibaseWithAnUnknownPrefixOrCharacter() {
        assertThatThrownBy(() -> Multibase.decode("fabc")).hasMessageContaining("unsupported multibase prefix 'f'");
        assertThatThrownBy(() -> Multibase.decode("z0OIl")).hasMessageContaining("not valid base58");
        assertThatThrownBy(() -> Multikey.fromMultibase("z111111")).isInstanceOf(IllegalArgumentException.class);
    }
}
