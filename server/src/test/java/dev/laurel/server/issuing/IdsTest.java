package dev.laurel.server.issuing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.server.organizations.OrganizationId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Typed ids read and write as the plain UUID: in URLs, logs, audit details and stored events. */
class IdsTest {

    private static final UUID UUID_VALUE = UUID.fromString("0b6f7a3e-2c1d-4e5f-9a8b-7c6d5e4f3a2b");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesAsThePlainUuid() {
        assertThat(new CredentialId(UUID_VALUE).toString()).isEqualTo(UUID_VALUE.toString());
        assertThat(json.writeValueAsString(Map.of("badge", new BadgeId(UUID_VALUE))))
                .isEqualTo("{\"badge\":\"" + UUID_VALUE + "\"}");
    }

    @Test
    void eventsRoundTripThroughJson() {
        var event = new IssuingEvents.RecipientForgotten(
                new OrganizationId(UUID_VALUE), java.util.List.of(new CredentialId(UUID_VALUE)));
        String written = json.writeValueAsString(event);

        assertThat(written)
                .isEqualTo("{\"organizationId\":\"" + UUID_VALUE + "\",\"credentialIds\":[\"" + UUID_VALUE + "\"]}");
        assertThat(json.readValue(written, IssuingEvents.RecipientForgotten.class))
                .isEqualTo(event);
    }

    @Test
    void parsesTheUuidTextAndRefusesNull() {
        assertThat(OrganizationId.of(UUID_VALUE.toString())).isEqualTo(new OrganizationId(UUID_VALUE));
        assertThatThrownBy(() -> BadgeId.of("not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CredentialId(null)).isInstanceOf(NullPointerException.class);
    }
}
