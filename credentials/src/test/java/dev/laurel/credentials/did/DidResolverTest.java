package dev.laurel.credentials.did;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.LocalServer;
import dev.laurel.credentials.http.GuardedHttpFetcher;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.Multikey;
import dev.laurel.credentials.key.SigningKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DidResolverTest {

    private final Multikey key =
            SigningKey.generate(KeyType.ED25519, new SecureRandom()).publicKey();

    @Test
    void resolvesDidKeyOffline() {
        Resolution resolution = new DidResolver(HttpFetcher.offline()).resolve(key.didKeyVerificationMethod());
        assertThat(resolution).isInstanceOfSatisfying(Resolution.Resolved.class, resolved -> {
            assertThat(resolved.method().controller()).isEqualTo(key.didKey());
            assertThat(resolved.method().multikey()).contains(key);
            assertThat(resolved.method().authorizes("assertionMethod")).isTrue();
        });
    }

    @Test
    void refusesADidKeyFragmentThatIsNotItsKey() {
        Multikey other =
                SigningKey.generate(KeyType.ED25519, new SecureRandom()).publicKey();
        String url = key.didKey() + "#" + other.publicKeyMultibase();
        assertThat(new DidResolver(HttpFetcher.offline()).resolve(url)).isInstanceOf(Resolution.Unresolved.class);
    }

    @Test
    void resolvesDidJwkOffline() {
        String did = "did:jwk:"
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(key.toJwk().toJSONString().getBytes(StandardCharsets.UTF_8));
        Resolution resolution = new DidResolver(HttpFetcher.offline()).resolve(did + "#0");
        assertThat(resolution).isInstanceOfSatisfying(Resolution.Resolved.class, resolved -> assertThat(
                        resolved.method().multikey())
                .contains(key));
    }

    @Test
    void mapsDidWebToItsDocumentUrl() {
        assertThat(DidResolver.didWebDocumentUrl("did:web:example.com"))
                .isEqualTo(URI.create("https://example.com/.well-known/did.json"));
        assertThat(DidResolver.didWebDocumentUrl("did:web:example.com%3A8443:issuers:42"))
                .isEqualTo(URI.create("https://example.com:8443/issuers/42/did.json"));
    }

    @Test
    void resolvesDidWebThroughALocalServerAndReadsItsRelationships() {
        try (LocalServer server = new LocalServer()) {
            String did = "did:web:127.0.0.1%3A" + server.port() + ":issuers:42";
            server.serve("/issuers/42/did.json", "application/did+json", didDocument(did, true));
            DidResolver resolver = new DidResolver(overHttp(server));

            Resolution resolution = resolver.resolve(did + "#key-1");

            assertThat(resolution).isInstanceOfSatisfying(Resolution.Resolved.class, resolved -> {
                assertThat(resolved.method().id()).isEqualTo(did + "#key-1");
                assertThat(resolved.method().controller()).isEqualTo(did);
                assertThat(resolved.method().multikey()).contains(key);
                assertThat(resolved.method().authorizes("assertionMethod")).isTrue();
                assertThat(resolved.method().authorizes("authentication")).isFalse();
            });
            assertThat(resolver.resolve(did + "#key-2"))
                    .isInstanceOfSatisfying(Resolution.Unresolved.class, u -> assertThat(u.message())
                            .contains("no verification method"));
        }
    }

    @Test
    void refusesADidDocumentWhoseIdIsAnotherDid() {
        try (LocalServer server = new LocalServer()) {
            String did = "did:web:127.0.0.1%3A" + server.port();
            server.serve("/.well-known/did.json", "application/did+json", didDocument("did:web:evil.example", true));
            Resolution resolution = new DidResolver(overHttp(server)).resolve(did + "#key-1");
            assertThat(resolution).isInstanceOfSatisfying(Resolution.Unresolved.class, u -> assertThat(u.message())
                    .contains("did:web:evil.example"));
        }
    }

    @Test
    void resolvesAnHttpsVerificationMethodFromItsControllerDocument() {
        try (LocalServer server = new LocalServer()) {
            String controller = "https://127.0.0.1:" + server.port() + "/issuers/7";
            server.serve("/issuers/7", "application/json", """
                    {"id": "%s", "verificationMethod": [{"id": "%s#k", "type": "Multikey", "controller": "%s",
                     "publicKeyMultibase": "%s"}], "assertionMethod": ["%s#k"]}
                    """.formatted(
                            controller, controller, controller, key.publicKeyMultibase(), controller));
            Resolution resolution = new DidResolver(overHttp(server)).resolve(controller + "#k");
            assertThat(resolution).isInstanceOfSatisfying(Resolution.Resolved.class, resolved -> {
                assertThat(resolved.method().controller()).isEqualTo(controller);
                assertThat(resolved.method().authorizes("assertionMethod")).isTrue();
            });
        }
    }

    @Test
    void explainsUnsupportedDidMethods() {
        assertThat(new DidResolver(HttpFetcher.offline()).resolve("did:example:123#key"))
                .isInstanceOfSatisfying(Resolution.Unresolved.class, u -> assertThat(u.message())
                        .contains("unsupported DID method"));
    }

    @Test
    void refusesDidWebOnPrivateAddressesWithTheDefaultFetcher() {
        Resolution resolution = new DidResolver(GuardedHttpFetcher.standard()).resolve("did:web:127.0.0.1#key-1");
        assertThat(resolution).isInstanceOfSatisfying(Resolution.Unresolved.class, u -> assertThat(u.message())
                .contains("refused"));
    }

    private String didDocument(String did, boolean assertion) {
        return """
                {"@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
                 "id": "%s",
                 "verificationMethod": [{"id": "%s#key-1", "type": "Multikey", "controller": "%s",
                                         "publicKeyMultibase": "%s"}],
                 "assertionMethod": [%s]}
                """.formatted(did, did, did, key.publicKeyMultibase(), assertion ? "\"#key-1\"" : "");
    }

    private static HttpFetcher overHttp(LocalServer server) {
        return server.fetcher();
    }
}
