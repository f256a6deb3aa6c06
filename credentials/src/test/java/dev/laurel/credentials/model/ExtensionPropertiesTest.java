package dev.laurel.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/** Properties the model does not know are kept on the object they belong to and written back there. */
class ExtensionPropertiesTest {

    private static final String WITH_EXTENSIONS = """
            {
              "@context": ["https://www.w3.org/ns/credentials/v2",
                           "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                           {"vendor": "https://vendor.example/terms#"}],
              "id": "urn:uuid:1", "type": ["VerifiableCredential", "OpenBadgeCredential"],
              "issuer": {"id": "https://example.edu/issuer", "type": "Profile", "vendor:tier": 3},
              "validFrom": "2024-05-01T12:00:00.5+02:00",
              "vendor:batch": {"number": 7, "weights": [1.50, 2, 3e2]},
              "credentialSubject": {
                "type": "AchievementSubject",
                "achievement": {
                  "id": "https://example.edu/a/1", "type": "Achievement", "name": "A", "description": "D",
                  "criteria": {"narrative": "N", "vendor:rubric": {"levels": ["x", null]}},
                  "vendor:hours": 12.0
                }
              }
            }
            """;

    private final JsonNode input = CredentialJson.parse(WITH_EXTENSIONS).orElseThrow();
    private final AchievementCredential credential =
            CredentialJson.readAchievementCredential(input).orElseThrow();

    @Test
    void keepsUnknownPropertiesOnTheirOwnObjectAtAnyDepth() {
        Achievement achievement = credential.credentialSubject().achievement();

        assertThat(credential.extensions()).containsOnlyKeys("vendor:batch");
        assertThat(((Profile) credential.issuer()).extensions()).containsOnlyKeys("vendor:tier");
        assertThat(achievement.extensions()).containsOnlyKeys("vendor:hours");
        assertThat(achievement
                        .criteria()
                        .extensions()
                        .get("vendor:rubric")
                        .at("/levels/1")
                        .isNull())
                .isTrue();
        assertThat(achievement.criteria().narrative()).isEqualTo("N");
    }

    @Test
    void writesUnknownPropertiesBackExactly() {
        assertThat(CredentialJson.write(credential)).isEqualTo(input);
    }

    @Test
    void keepsInlineContextDefinitionsAndOddButValidDateTimes() {
        assertThat(credential.context().values().get(2)).isInstanceOf(ContextEntry.Inline.class);
        assertThat(credential.validFrom().lexical()).isEqualTo("2024-05-01T12:00:00.5+02:00");
        assertThat(credential.validFrom().instant())
                .hasValueSatisfying(instant -> assertThat(instant.toString()).isEqualTo("2024-05-01T10:00:00.500Z"));
    }

    @Test
    void writesExtensionsAfterModelledPropertiesAndBeforeTheProof() {
        AchievementCredential signed = credential.withProof(OneOrMany.one(
                Proof.builder().cryptosuite("eddsa-rdfc-2022").proofValue("z1").build()));

        assertThat(CredentialJson.write(signed).properties().stream()
                        .map(java.util.Map.Entry::getKey)
                        .toList())
                .containsSubsequence("credentialSubject", "vendor:batch", "proof");
    }

    @Test
    void refusesAnExtensionThatShadowsAModelledProperty() {
        AchievementCredential clash = credential.toBuilder()
                .extension("name", TextNode.valueOf("shadow"))
                .name("real")
                .build();

        assertThatThrownBy(() -> CredentialJson.write(clash))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'name'");
    }
}
