package dev.laurel.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every OB 3.0 / CLR 2.0 example and test vector reads into the model and writes back as the same JSON. */
class SpecVectorRoundTripTest {

    private static final List<String> FOLDERS =
            List.of("ob-v3p0-spec-examples", "ob-v3p0-impl", "ob-v3p0-canonical", "clr-v2p0-impl");

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** Plain W3C VC 2.0 documents (Data Integrity test vectors), read as {@link GenericCredential}s. */
    private static final String OTHER_VCS = "vc-di-eddsa";

    /** Every JSON-LD document (a .json file with an {@code @context}) in the vector folders, found by listing them. */
    static Stream<Path> documents() throws IOException, URISyntaxException {
        return documentsIn(FOLDERS);
    }

    static Stream<Path> otherCredentials() throws IOException, URISyntaxException {
        return documentsIn(List.of(OTHER_VCS));
    }

    private static Stream<Path> documentsIn(List<String> folders) throws IOException, URISyntaxException {
        Path vectors = Path.of(
                SpecVectorRoundTripTest.class.getResource("/spec/vectors").toURI());
        Stream.Builder<Path> documents = Stream.builder();
        for (String folder : folders) {
            try (Stream<Path> files = Files.walk(vectors.resolve(folder))) {
                files.filter(file -> file.toString().endsWith(".json"))
                        .sorted()
                        .filter(SpecVectorRoundTripTest::isJsonLd)
                        .forEach(documents::add);
            }
        }
        return documents.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void writesBackExactlyWhatItRead(Path file) throws IOException {
        String text = Files.readString(file);
        JsonNode input = CredentialJson.parse(text).orElseThrow();

        ObjectNode output = writeModelOf(input);

        assertThat(output).isEqualTo(input);
        assertThat(PLAIN.readTree(CredentialJson.toJson(output))).isEqualTo(PLAIN.readTree(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readsEachCredentialAsItsOwnKind(Path file) throws IOException {
        JsonNode input = CredentialJson.parse(Files.readString(file)).orElseThrow();
        if (isProfile(input)) {
            assertThat(CredentialJson.readProfile(input).orElseThrow().name()).isNotBlank();
            return;
        }
        VerifiableCredential credential = CredentialJson.read(input).orElseThrow();

        assertThat(credential).isNotInstanceOf(GenericCredential.class);
        assertThat(credential.extensions()).isEmpty();
        assertThat(credential.issuer().id())
                .isEqualTo(input.get("issuer").get("id").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readsTheSameFromAPlainlyParsedTree(Path file) throws IOException {
        String text = Files.readString(file);

        ObjectNode output = writeModelOf(PLAIN.readTree(text));

        assertThat(PLAIN.readTree(CredentialJson.toJson(output))).isEqualTo(PLAIN.readTree(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherCredentials")
    void writesBackOtherVerifiableCredentialsExactly(Path file) throws IOException {
        JsonNode input = CredentialJson.parse(Files.readString(file)).orElseThrow();

        VerifiableCredential credential = CredentialJson.read(input).orElseThrow();

        assertThat(credential).isInstanceOf(GenericCredential.class);
        assertThat(CredentialJson.write(credential)).isEqualTo(input);
    }

    private static ObjectNode writeModelOf(JsonNode input) {
        return isProfile(input)
                ? CredentialJson.write(CredentialJson.readProfile(input).orElseThrow())
                : CredentialJson.write(CredentialJson.read(input).orElseThrow());
    }

    private static boolean isProfile(JsonNode document) {
        return document.path("type").asText().equals("Profile")
                || (document.path("type").isArray()
                        && document.path("type").get(0).asText().equals("Profile"));
    }

    private static boolean isJsonLd(Path file) {
        try {
            return PLAIN.readTree(file.toFile()).has("@context");
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not JSON", e);
        }
    }
}
