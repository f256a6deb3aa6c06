package dev.laurel.credentials.ob2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecipientIdentityTest {

    @Test
    void matchesASaltedSha256HashedEmail() {
        JsonNode recipient = hashed("email", "sha256$" + hex("SHA-256", "alice@example.org" + "deadsea"), "deadsea");

        assertThat(RecipientIdentity.matches(recipient, "alice@example.org")).isTrue();
        assertThat(RecipientIdentity.matches(recipient, "bob@example.org")).isFalse();
        assertThat(RecipientIdentity.matches(recipient, "alice@example.org" + "deadsea"))
                .isFalse();
    }

    @Test
    void matchesASaltedMd5HashedEmail() {
        JsonNode recipient = hashed("email", "md5$" + hex("MD5", "alice@example.org" + "s4lt"), "s4lt");

        assertThat(RecipientIdentity.matches(recipient, "alice@example.org")).isTrue();
        assertThat(RecipientIdentity.matches(recipient, "mallory@example.org")).isFalse();
    }

    @Test
    void matchesAnUnsaltedHashWrittenInUpperCaseHex() {
        String digest = hex("SHA-256", "alice@example.org").toUpperCase(java.util.Locale.ROOT);
        ObjectNode recipient = hashed("email", "sha256$" + digest, null);

        assertThat(RecipientIdentity.matches(recipient, "alice@example.org")).isTrue();
    }

    @Test
    void matchesAnEmailHashedInLowerCaseWhenGivenInMixedCase() {
        JsonNode recipient = hashed("email", "sha256$" + hex("SHA-256", "alice@example.org" + "x"), "x");

        assertThat(RecipientIdentity.matches(recipient, " Alice@Example.ORG ")).isTrue();
    }

    @Test
    void doesNotLowerCaseIdentifiersOtherThanEmails() {
        JsonNode recipient = hashed("url", "sha256$" + hex("SHA-256", "https://example.org/alice" + "x"), "x");

        assertThat(RecipientIdentity.matches(recipient, "https://example.org/alice"))
                .isTrue();
        assertThat(RecipientIdentity.matches(recipient, "https://example.org/ALICE"))
                .isFalse();
    }

    @Test
    void matchesAnUnhashedIdentityExactly() {
        ObjectNode recipient = Json.MAPPER
                .createObjectNode()
                .put("type", "telephone")
                .put("hashed", false)
                .put("identity", "+16175551212");

        assertThat(RecipientIdentity.matches(recipient, "+16175551212")).isTrue();
        assertThat(RecipientIdentity.matches(recipient, "+16175551213")).isFalse();
    }

    @Test
    void readsAMissingHashedAsFalse() {
        JsonNode recipient = Json.parse("{\"type\": \"email\", \"identity\": \"alice@example.org\"}");

        RecipientIdentity.Reading reading = RecipientIdentity.read(recipient);

        assertThat(reading).isInstanceOfSatisfying(RecipientIdentity.Reading.Read.class, read -> {
            assertThat(read.identity().hashed()).isFalse();
            assertThat(read.warnings()).isEmpty();
        });
        assertThat(RecipientIdentity.matches(recipient, "alice@example.org")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"type\": \"email\", \"hashed\": true, \"identity\": \"sha256$abc\"}",
                "{\"type\": \"email\", \"hashed\": true, \"identity\": \"sha1$a9993e364706816aba3e25717850c26c9cd0d89d\"}",
                "{\"type\": \"email\", \"hashed\": true, \"identity\": \"alice@example.org\"}",
                "{\"type\": \"email\", \"hashed\": \"yes\", \"identity\": \"alice@example.org\"}",
                "{\"type\": \"email\", \"hashed\": false, \"identity\": 7}",
                "{\"hashed\": false, \"identity\": \"alice@example.org\"}",
                "{\"type\": \"email\", \"identity\": \"alice@example.org\", \"salt\": 12}",
                "\"alice@example.org\""
            })
    void readsMalformedIdentityObjectsAsMalformedAndMatchingNothing(String json) {
        JsonNode recipient = Json.parse(json);

        assertThat(RecipientIdentity.read(recipient)).isInstanceOf(RecipientIdentity.Reading.Malformed.class);
        assertThat(RecipientIdentity.matches(recipient, "alice@example.org")).isFalse();
    }

    @Test
    void warnsAboutAnUnusualIdentifierType() {
        JsonNode recipient = Json.parse("{\"type\": \"studentId\", \"hashed\": false, \"identity\": \"s-42\"}");

        assertThat(RecipientIdentity.read(recipient))
                .isInstanceOfSatisfying(RecipientIdentity.Reading.Read.class, read -> assertThat(read.warnings())
                        .singleElement()
                        .asString()
                        .contains("studentId"));
    }

    private static ObjectNode hashed(String type, String identity, String salt) {
        ObjectNode recipient = Json.MAPPER
                .createObjectNode()
                .put("type", type)
                .put("hashed", true)
                .put("identity", identity);
        if (salt != null) {
            recipient.put("salt", salt);
        }
        return recipient;
    }

    private static String hex(String algorithm, String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
