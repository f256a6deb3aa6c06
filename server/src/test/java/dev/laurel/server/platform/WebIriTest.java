package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebIriTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.edu/badges/teamwork",
                "http://example.edu",
                "HTTPS://Example.EDU:8443/a/b?c=d&e=f#g",
                "https://user:pw@example.edu/a;b=c/(d)!$'*+,~",
                "https://example.edu/%C3%A9t%c3%a9",
                "https://bücher.example/kriterien/größe?q=日本#teil",
                "https://[2001:db8::1]:8080/x",
                "https://example.edu/a?b=c:d@e/f?g"
            })
    void acceptsAbsoluteHttpIris(String iri) {
        assertThat(WebIri.isValid(iri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://crit.example/\"><x>",
                "https://crit.example/{a}",
                "https://crit.example/|^",
                "https://crit.example/`",
                "https://crit.example/a\\b",
                "https://crit.example/a b",
                "https://crit.example/a\tb",
                "https://crit.example/\u0085",
                "https://crit.example/\u202Eevil",
                "https://crit.example/100%",
                "https://crit.example/100%zz",
                "https://crit.example/a#b#c",
                "https://crit.example/[x]",
                "https://crit.example:80a/",
                "https://",
                "https:///path",
                "https://:443/",
                "ftp://example.org/x",
                "mailto:a@example.org",
                "//example.org/x",
                "example.org",
                ""
            })
    void refusesAnythingElse(String value) {
        assertThat(WebIri.isValid(value)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void refusesNull() {
        assertThat(WebIri.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "did:web:example.edu:issuers:1",
                "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e",
                "data:image/png;base64,iVBORw0KGgo=",
                "mailto:ada@example.org",
                "https://example.edu/a#b"
            })
    void acceptsAbsoluteIrisOfAnyScheme(String iri) {
        assertThat(WebIri.isAbsolute(iri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "urn:uuid:a b",
                "did:web:\"><x>",
                "data:{a}",
                "https://crit.example/|^",
                "http:/x",
                "https://",
                "urn:",
                ":x",
                "1a:b",
                "relative/path",
                "#fragment"
            })
    void refusesWhatIsNotAnAbsoluteIri(String value) {
        assertThat(WebIri.isAbsolute(value)).isFalse();
    }
}
