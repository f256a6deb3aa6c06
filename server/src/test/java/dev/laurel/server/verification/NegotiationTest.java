package dev.laurel.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegotiationTest {

    @Test
    void answersJsonOnlyWhenJsonRanksAboveHtml() {
        assertThat(Negotiation.prefersJson("application/json")).isTrue();
        assertThat(Negotiation.prefersJson("application/problem+json")).isTrue();
        assertThat(Negotiation.prefersJson("application/json, text/html")).isTrue();
        assertThat(Negotiation.prefersJson("text/html;q=0.5, application/json")).isTrue();

        assertThat(Negotiation.prefersJson(null)).isFalse();
        assertThat(Negotiation.prefersJson("*/*")).isFalse();
        assertThat(Negotiation.prefersJson("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isFalse();
        assertThat(Negotiation.prefersJson("text/html, application/json")).isFalse();
        assertThat(Negotiation.prefersJson("application/json;q=0.4, */*")).isFalse();
        assertThat(Negotiation.prefersJson("application/json;q=0")).isFalse();
        assertThat(Negotiation.prefersJson("not a media type;;")).isFalse();
    }
}
