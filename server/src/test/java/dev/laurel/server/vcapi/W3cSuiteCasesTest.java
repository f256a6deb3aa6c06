package dev.laurel.server.vcapi;

import static dev.laurel.server.vcapi.VcApiHttp.bearer;
import static dev.laurel.server.vcapi.VcApiHttp.issueRequest;
import static dev.laurel.server.vcapi.VcApiHttp.newId;
import static dev.laurel.server.vcapi.VcApiHttp.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.Multibase;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cases of the W3C interoperability suites (vc-data-model-2.0, vc-di-eddsa, the VC-API issuer and verifier
 * suites, bitstring-status-list) that no other test holds, each named by the suite's statement and run against the
 * VC-API over HTTP with inputs of our own. The mapping of every case is in {@code docs/conformance.md}.
 */
class W3cSuiteCasesTest extends ServerTest {

    private static final String V2 = "https://www.w3.org/ns/credentials/v2";
    private static final String EXAMPLES = "https://www.w3.org/ns/credentials/examples/v2";
    private static final SigningKey ISSUER = SigningKey.generate(KeyType.ED25519, new SecureRandom());
    private static final SigningKey HOLDER = SigningKey.generate(KeyType.ED25519, new SecureRandom());

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    private VcApiHttp api;
    private UUID organization;
    private String key;

    @BeforeEach
    void organization() {
        api = new VcApiHttp(port);
        organization = Scenario.issuer(port, jdbc, "Suite Institute").organizationId();
        key = bearer(VcApiHttp.key(keys, organization, Scope.ISSUE, Scope.READ));
    }

    // ---- the issuer: credentials/issue ----

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void issuer(Consumer<ObjectNode> change, int expected) {
        ObjectNode request = issueRequest(newId(), "{}");
        change.accept((ObjectNode) request.get("credential"));
        VcApiHttp.Answer answer = api.post(issuePath(), key, request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(expected);
        assertThat(answer.contentType()).startsWith("application/json");
        if (expected == 400) {
            assertThat(answer.get("type").asText()).as(answer.body()).startsWith("https://");
            assertThat(answer.get("detail").asText()).isNotBlank();
        }
    }

    static Stream<Arguments> issuer() {
        return Stream.of(
                // vc-data-model-2.0 4.03 Contexts
                issue(
                        "4.03 Verifiable credentials MUST include a @context property — none",
                        400,
                        c -> c.remove("@context")),
                issue(
                        "4.03 The first @context item MUST be https://www.w3.org/ns/credentials/v2 — second",
                        400,
                        c -> c.set("@context", Json.parse("[\"" + EXAMPLES + "\", \"" + V2 + "\"]"))),
                issue(
                        "4.03 The first @context item MUST be https://www.w3.org/ns/credentials/v2 — a string",
                        400,
                        c -> c.put("@context", V2 + "x")),
                issue(
                        "4.03 Subsequent @context items: URLs and/or objects — two URLs",
                        201,
                        c -> c.set("@context", Json.parse("[\"" + V2 + "\", \"" + EXAMPLES + "\"]"))),
                issue(
                        "4.03 Subsequent @context items: URLs and/or objects — an object",
                        201,
                        c -> c.set(
                                "@context",
                                Json.parse(
                                        "[\"" + V2 + "\", {\"nickname\": \"https://example.org/vocab#nickname\"}]"))),
                issue(
                        "4.03 Subsequent @context items MUST be processable as JSON-LD contexts — a number",
                        400,
                        c -> c.set("@context", Json.parse("[\"" + V2 + "\", 42]"))),
                issue(
                        "4.03 Subsequent @context items MUST be processable as JSON-LD contexts — not a URL",
                        400,
                        c -> c.set("@context", Json.parse("[\"" + V2 + "\", \"https ://not-a-url/context\"]"))),
                // 4.04 Identifiers
                issue("4.04 The id MUST be a single URL — a DID subject", 201, c -> subject(c)
                        .put("id", "did:example:ebfeb1f712ebc6f1c276e12ec21")),
                issue("4.04 The id MUST be a single URL — null", 400, c -> c.putNull("id")),
                issue(
                        "4.04 The id MUST be a single URL — two ids",
                        400,
                        c -> c.set(
                                "id",
                                Json.parse("[\"urn:uuid:" + UUID.randomUUID() + "\", \"urn:uuid:" + UUID.randomUUID()
                                        + "\"]"))),
                issue("4.04 The id MUST be a single URL — two subject ids", 400, c -> subject(c)
                        .set("id", Json.parse("[\"did:example:a\", \"did:example:b\"]"))),
                issue("4.04 The id MUST be a single URL — not a URL", 400, c -> c.put("id", "not a url")),
                // 4.05 Types
                issue("4.05 Verifiable credentials MUST contain a type property", 400, c -> c.remove("type")),
                issue(
                        "4.05 type values are terms and/or absolute URLs — an absolute URL",
                        201,
                        c -> c.set("type", Json.parse("[\"VerifiableCredential\", \"https://example.org/Custom\"]"))),
                issue("4.05 type values are terms and/or absolute URLs — a term the @context maps to a URL", 201, c -> {
                    c.set(
                            "@context",
                            Json.parse("[\"" + V2 + "\", {\"SuiteCredential\": "
                                    + "\"https://example.org/vocab#SuiteCredential\"}]"));
                    c.set("type", Json.parse("[\"VerifiableCredential\", \"SuiteCredential\"]"));
                }),
                issue(
                        "4.05 type values are terms and/or absolute URLs — a term mapped to urn:not:url, an absolute"
                                + " URL (a URN): issued, where the suite expects a refusal",
                        201,
                        c -> {
                            c.set("@context", Json.parse("[\"" + V2 + "\", {\"SuiteCredential\": \"urn:not:url\"}]"));
                            c.set("type", Json.parse("[\"VerifiableCredential\", \"SuiteCredential\"]"));
                        }),
                issue(
                        "4.05 type values are terms and/or absolute URLs — a term no @context maps",
                        400,
                        c -> c.set("type", Json.parse("[\"VerifiableCredential\", \"UnmappedCredential\"]"))),
                issue(
                        "4.05 If more than one type value is provided, the order does not matter",
                        201,
                        c -> c.set(
                                "type",
                                Json.parse("[\"https://example.org/A\", \"VerifiableCredential\", "
                                        + "\"https://example.org/B\"]"))),
                issue(
                        "4.05 Verifiable Credential objects MUST have a type specified — without VerifiableCredential",
                        400,
                        c -> c.set("type", Json.parse("[\"https://example.org/Custom\"]"))),
                issue("VC-API issuer: credential.type MUST be an array", 400, c -> c.put("type", 4)),
                issue(
                        "VC-API issuer: credential.type items MUST be strings",
                        400,
                        c -> c.set("type", Json.parse("[2, null, {\"a\": true}, false]"))),
                issue(
                        "VC-API issuer: credential @context items MUST be strings (or context objects)",
                        400,
                        c -> c.set("@context", Json.parse("[{\"a\": true}, 4, false, null]"))),
                // 4.06 Names and descriptions
                issue(
                        "4.06 name MUST be a string or a language value object — a string",
                        201,
                        c -> c.put("name", "Suite Credential")),
                issue(
                        "4.06 name MUST be a string or a language value object — @language",
                        201,
                        c -> c.set("name", Json.parse("{\"@value\": \"Suite Credential\", \"@language\": \"en\"}"))),
                issue(
                        "4.06 name MUST be a string or a language value object — @language and @direction",
                        201,
                        c -> c.set(
                                "name",
                                Json.parse("{\"@value\": \"Suite Credential\", \"@language\": \"en\", "
                                        + "\"@direction\": \"ltr\"}"))),
                issue(
                        "4.06 name MUST be a string or a language value object — several languages",
                        201,
                        c -> c.set(
                                "name",
                                Json.parse("[{\"@value\": \"Suite Credential\", \"@language\": \"en\"}, "
                                        + "{\"@value\": \"Attestation\", \"@language\": \"fr\"}]"))),
                issue(
                        "4.06 name MUST be a string or a language value object — another property in it",
                        400,
                        c -> c.set(
                                "name",
                                Json.parse("{\"@value\": \"Suite Credential\", \"@language\": \"en\", "
                                        + "\"url\": \"did:example:credential\"}"))),
                issue(
                        "4.06 description MUST be a string or a language value object — another property in it",
                        400,
                        c -> c.set(
                                "description",
                                Json.parse("{\"@value\": \"About it\", \"@language\": \"en\", \"url\": \"x\"}"))),
                issue(
                        "4.06 issuer name MUST be a string or a language value object — @language and @direction",
                        201,
                        c -> c.set(
                                "issuer",
                                Json.parse("{\"name\": {\"@value\": \"Institut\", \"@language\": \"fr\", "
                                        + "\"@direction\": \"ltr\"}, \"description\": [{\"@value\": \"A school\", "
                                        + "\"@language\": \"en\"}]}"))),
                issue(
                        "4.06 issuer description MUST be a string or a language value object — another property",
                        400,
                        c -> c.set(
                                "issuer",
                                Json.parse("{\"description\": {\"@value\": \"A school\", \"@language\": \"en\", "
                                        + "\"url\": \"x\"}}"))),
                // 4.07 Issuer
                issue(
                        "4.07 issuer MUST be a URL or an object with an id that is a URL — not a URL",
                        400,
                        c -> c.put("issuer", "not a url")),
                issue(
                        "4.07 issuer MUST be a URL or an object with an id that is a URL — a number",
                        400,
                        c -> c.put("issuer", 4)),
                issue(
                        "4.07 issuer MUST be a URL or an object with an id that is a URL — id null",
                        400,
                        c -> c.set("issuer", Json.parse("{\"id\": null}"))),
                issue(
                        "4.07 issuer MUST be a URL or an object with an id that is a URL — id not a URL",
                        400,
                        c -> c.set("issuer", Json.parse("{\"id\": \"not a url\"}"))),
                // 4.08 Credential subject
                issue(
                        "4.08 A verifiable credential MUST contain a credentialSubject",
                        400,
                        c -> c.remove("credentialSubject")),
                issue(
                        "4.08 credentialSubject is a set of objects, each with claims — two subjects",
                        201,
                        c -> c.set(
                                "credentialSubject",
                                Json.parse("[{\"id\": \"did:example:a\", \"name\": \"A\"}, "
                                        + "{\"id\": \"did:example:b\", \"name\": \"B\"}]"))),
                issue(
                        "VC-API issuer: credential.credentialSubject MUST be an object",
                        400,
                        c -> c.set("credentialSubject", Json.parse("[null, true, 4]"))),
                // 4.09 Validity period
                issue(
                        "4.09 validFrom MUST be a dateTimeStamp — fractional seconds",
                        201,
                        c -> c.put("validFrom", "2026-01-01T00:00:00.123Z")),
                issue(
                        "4.09 validFrom MUST be a dateTimeStamp — a negative offset",
                        201,
                        c -> c.put("validFrom", "2026-01-01T00:00:00-05:00")),
                issue(
                        "4.09 validFrom MUST be a dateTimeStamp — far in the future",
                        201,
                        c -> c.put("validFrom", "2999-01-01T00:00:00Z")),
                issue(
                        "4.09 validFrom MUST be a dateTimeStamp — no time zone",
                        400,
                        c -> c.put("validFrom", "2026-01-01T00:00:00")),
                issue(
                        "4.09 validUntil MUST be a dateTimeStamp — fractional seconds",
                        201,
                        c -> c.put("validUntil", "2030-01-01T00:00:00.5Z")),
                issue(
                        "4.09 validUntil MUST be a dateTimeStamp — a negative offset",
                        201,
                        c -> c.put("validUntil", "2030-01-01T00:00:00-05:00")),
                issue(
                        "4.09 validUntil MUST be a dateTimeStamp — not a date",
                        400,
                        c -> c.put("validUntil", "2030-13-45")),
                issue(
                        "4.09 validFrom the same as or earlier than validUntil — the same",
                        201,
                        c -> c.put("validUntil", "2026-01-01T00:00:00Z")),
                // 4.10 Status: a client's entries are kept, the instance's own follow them
                issue(
                        "4.10 credentialStatus (a type of the client's) — kept, the instance adds its own after it",
                        201,
                        c -> c.set(
                                "credentialStatus",
                                Json.parse("{\"id\": \"https://example.org/status/1#3\", "
                                        + "\"type\": \"https://example.org/StatusEntry\"}"))),
                // 4.11 Data schemas
                issue(
                        "4.11 credentialSchema MUST be one or more data schemas — two",
                        201,
                        c -> c.set(
                                "credentialSchema",
                                Json.parse("[{\"id\": \"https://example.org/schema/1.json\", \"type\": "
                                        + "\"JsonSchema\"}, {\"id\": \"https://example.org/schema/2.json\", "
                                        + "\"type\": \"JsonSchema\"}]"))),
                issue(
                        "4.11 Each credentialSchema MUST have an id that is a URL — none",
                        400,
                        c -> c.set("credentialSchema", Json.parse("{\"type\": \"JsonSchema\"}"))),
                issue(
                        "4.11 Each credentialSchema MUST have an id that is a URL — a number",
                        400,
                        c -> c.set("credentialSchema", Json.parse("{\"id\": 123, \"type\": \"JsonSchema\"}"))),
                // 5 Advanced concepts
                issue(
                        "5.2 JSON-LD processors MUST produce an error when a context redefines a protected term",
                        400,
                        c -> {
                            c.set(
                                    "@context",
                                    Json.parse("[\"" + V2 + "\", {\"@protected\": true, \"SuiteCredential\": "
                                            + "\"https://example.org/#Suite\"}, {\"SuiteCredential\": "
                                            + "\"https://example.org/#Other\"}]"));
                            c.set("type", Json.parse("[\"VerifiableCredential\", \"SuiteCredential\"]"));
                        }),
                issue(
                        "5.2 JSON-LD processors MUST produce an error when a context redefines VerifiableCredential",
                        400,
                        c -> c.set(
                                "@context",
                                Json.parse("[\"" + V2 + "\", {\"VerifiableCredential\": "
                                        + "\"https://example.org/#Redefined\"}]"))),
                issue(
                        "5.3 relatedResource MUST be one or more objects — with a mediaType",
                        201,
                        c -> c.set(
                                "relatedResource",
                                Json.parse("[{\"id\": \"https://example.org/logo.png\", \"mediaType\": "
                                        + "\"image/png\", \"digestSRI\": \"sha384-" + "A".repeat(64) + "\"}]"))),
                issue(
                        "5.3 If the digest does not match the resource, MUST produce an error — a sha256 SRI whose"
                                + " value is hex, not base64 (48 bytes, not 32)",
                        400,
                        c -> c.set(
                                "relatedResource",
                                Json.parse("[{\"id\": \"https://example.org/related.json\", \"digestSRI\": \"sha256-"
                                        + "0123456789abcdef".repeat(4) + "\"}]"))),
                issue(
                        "5.3 relatedResource MUST be one or more objects — strings",
                        400,
                        c -> c.set("relatedResource", Json.parse("[\"https://example.org/logo.png\"]"))),
                issue(
                        "5.4 refreshService MUST be one or more refresh services — two",
                        201,
                        c -> c.set(
                                "refreshService",
                                Json.parse("[{\"id\": \"https://example.org/refresh/1\", \"type\": "
                                        + "\"https://example.org/Refresh\"}, {\"id\": \"https://example.org/refresh/2\", "
                                        + "\"type\": \"https://example.org/Refresh\"}]"))),
                issue(
                        "5.5 termsOfUse MUST specify one or more policies — two, one with an id",
                        201,
                        c -> c.set(
                                "termsOfUse",
                                Json.parse(
                                        "[{\"type\": \"https://example.org/Policy\"}, {\"id\": "
                                                + "\"https://example.org/policies/2\", \"type\": \"https://example.org/Policy\"}]"))),
                issue(
                        "5.6 evidence is a single object or a set of one or more objects — two",
                        201,
                        c -> c.set(
                                "evidence",
                                Json.parse(
                                        "[{\"id\": \"https://example.org/evidence/1\", \"type\": "
                                                + "\"https://example.org/Evidence\"}, {\"type\": \"https://example.org/Evidence\"}]"))));
    }

    @Test
    @DisplayName("4.11 and 5.3: a credentialSchema without an id and a digestSRI of the wrong length are refused as"
            + " MALFORMED_VALUE_ERROR naming the property")
    void namesTheSchemaAndTheDigestItRefuses() {
        ObjectNode schema = issueRequest(newId(), "{}");
        ((ObjectNode) schema.get("credential"))
                .set(
                        "credentialSchema",
                        Json.parse("[{\"id\": \"https://example.org/s.json\", \"type\": \"JsonSchema\"},"
                                + " {\"type\": \"JsonSchema\"}]"));
        VcApiHttp.Answer noId = api.post(issuePath(), key, schema);
        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.get("title").asText()).isEqualTo("MALFORMED_VALUE_ERROR");
        assertThat(noId.get("detail").asText())
                .startsWith("credential.credentialSchema[1] must have an id: the URL of the schema");

        ObjectNode digest = issueRequest(newId(), "{}");
        ((ObjectNode) digest.get("credential"))
                .set(
                        "relatedResource",
                        Json.parse("[{\"id\": \"https://example.org/r.json\", \"digestSRI\": \"sha512-" + "A".repeat(44)
                                + "\"}]"));
        VcApiHttp.Answer shortDigest = api.post(issuePath(), key, digest);
        assertThat(shortDigest.status()).isEqualTo(400);
        assertThat(shortDigest.get("title").asText()).isEqualTo("MALFORMED_VALUE_ERROR");
        assertThat(shortDigest.get("detail").asText())
                .startsWith("credential.relatedResource[0].digestSRI")
                .contains("the digest is 33 bytes, a sha512 digest 64");
    }

    @Test
    @DisplayName("4.03/4.07/4.12: an issued credential keeps its @context order, has an issuer, and is secured by a"
            + " proof (vc-di-eddsa: DataIntegrityProof, eddsa-rdfc-2022, a 64-byte base58-btc signature, a Multikey"
            + " whose publicKeyMultibase starts with z)")
    void issuesAConformingSecuredCredential() {
        ObjectNode request = issueRequest(newId(), "{}");
        ((ObjectNode) request.get("credential")).set("@context", Json.parse("[\"" + V2 + "\", \"" + EXAMPLES + "\"]"));
        JsonNode issued = api.post(issuePath(), key, request).get("verifiableCredential");

        assertThat(issued.get("@context")).isEqualTo(Json.parse("[\"" + V2 + "\", \"" + EXAMPLES + "\"]"));
        assertThat(issued.get("issuer").asText()).startsWith("did:web:");
        JsonNode proof = issued.get("proof");
        assertThat(proof.isObject()).isTrue();
        assertThat(proof.get("type").asText()).isEqualTo("DataIntegrityProof");
        assertThat(proof.get("cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        assertThat(proof.get("proofPurpose").asText()).isEqualTo("assertionMethod");
        assertThat(OffsetDateTime.parse(proof.get("created").asText())).isNotNull();
        String proofValue = proof.get("proofValue").asText();
        assertThat(proofValue).startsWith("z");
        assertThat(Multibase.decodeBase58(proofValue.substring(1))).hasSize(64);

        JsonNode didDocument = Json.parse(
                api.get("/issuers/" + organization + "/did.json", null).body());
        String method = proof.get("verificationMethod").asText();
        JsonNode key = null;
        for (JsonNode candidate : didDocument.path("verificationMethod")) {
            if (candidate.path("id").asText().equals(method)
                    || (didDocument.path("id").asText() + candidate.path("id").asText()).equals(method)) {
                key = candidate;
            }
        }
        assertThat(key).as(didDocument.toString()).isNotNull();
        assertThat(key.get("publicKeyMultibase").asText()).startsWith("z6Mk");

        assertThat(verify(issued, "{}").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("Bitstring Status List data model: each entry is a BitstringStatusListEntry with a string purpose, a"
            + " base-10 string index and its own id, and its statusListCredential dereferences to a conforming"
            + " BitstringStatusListCredential whose encodedList is multibase base64url, GZIP, at least 16KB")
    void issuesConformingStatusEntriesAndLists() {
        JsonNode issued =
                api.post(issuePath(), key, issueRequest(newId(), "{}")).get("verifiableCredential");
        JsonNode entries = issued.get("credentialStatus");
        assertThat(entries.isArray()).isTrue();
        for (JsonNode entry : entries) {
            assertThat(entry.get("type").asText()).isEqualTo("BitstringStatusListEntry");
            assertThat(entry.get("statusPurpose").isTextual()).isTrue();
            String index = entry.get("statusListIndex").asText();
            assertThat(entry.get("statusListIndex").isTextual()).isTrue();
            assertThat(String.valueOf(Long.parseLong(index))).isEqualTo(index);
            String list = entry.get("statusListCredential").asText();
            assertThat(entry.get("id").asText()).isNotEqualTo(list);

            VcApiHttp.Answer fetched = api.get(URI.create(list).getPath(), null);
            assertThat(fetched.status()).isEqualTo(200);
            JsonNode listCredential = fetched.json();
            assertThat(listCredential.get("@context").get(0).asText()).isEqualTo(V2);
            assertThat(strings(listCredential.get("type"))).contains("BitstringStatusListCredential");
            assertThat(listCredential.get("id").asText()).isEqualTo(list);
            JsonNode subject = listCredential.get("credentialSubject");
            assertThat(subject.get("type").asText()).isEqualTo("BitstringStatusList");
            assertThat(subject.get("statusPurpose").asText())
                    .isEqualTo(entry.get("statusPurpose").asText());
            String encoded = subject.get("encodedList").asText();
            assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
            assertThat(gunzip(Base64.getUrlDecoder().decode(encoded.substring(1))).length)
                    .as("at least 16KB uncompressed")
                    .isGreaterThanOrEqualTo(16 * 1024);
            assertThat(listCredential.get("proof").isObject()).isTrue();
            assertThat(verify(listCredential, "{}").status()).isEqualTo(200);
        }
    }

    // ---- the verifier: credentials/verify ----

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void verifier(Consumer<ObjectNode> change, int expected) {
        ObjectNode credential = signed();
        change.accept(credential);
        // all checks, and the checks the suites send
        for (String options : new String[] {"{}", "{\"checks\": [\"proof\"]}"}) {
            VcApiHttp.Answer answer = verify(credential, options);
            assertThat(answer.status()).as(options + ": " + answer.body()).isEqualTo(expected);
            assertThat(answer.get("verified").asBoolean()).isEqualTo(expected == 200);
        }
    }

    static Stream<Arguments> verifier() {
        return Stream.of(
                check("VC-API verifier / vc-di-eddsa: MUST verify a valid VC", 200, c -> {}),
                check("1.03 verifiers MUST produce errors when non-conforming documents are detected", 400, c -> {
                    c.removeAll();
                    c.set("type", Json.parse("[\"NonconformingDocument\"]"));
                }),
                check("4.12 A conforming verifier MUST reject a VC without a proof", 400, c -> c.remove("proof")),
                check("VC-API verifier: MUST not verify if @context is missing", 400, c -> c.remove("@context")),
                check("VC-API verifier: MUST not verify if @context is not an array", 400, c -> c.put("@context", 10)),
                check(
                        "VC-API verifier: MUST not verify if @context items are not strings",
                        400,
                        c -> c.set("@context", Json.parse("[true]"))),
                check("VC-API verifier: MUST not verify if type is missing", 400, c -> c.remove("type")),
                check("VC-API verifier: MUST not verify if type is not an array", 400, c -> c.put("type", 10)),
                check(
                        "VC-API verifier: MUST not verify if type items are not strings",
                        400,
                        c -> c.set("type", Json.parse("[{}]"))),
                check("VC-API verifier: MUST not verify if issuer is missing", 400, c -> c.remove("issuer")),
                check(
                        "VC-API verifier: MUST not verify if issuer is not an object or a string",
                        400,
                        c -> c.put("issuer", 10)),
                check(
                        "VC-API verifier: MUST not verify if credentialSubject is missing",
                        400,
                        c -> c.remove("credentialSubject")),
                check(
                        "VC-API verifier: MUST not verify if credentialSubject is not an object",
                        400,
                        c -> c.put("credentialSubject", "did:example:x")),
                check("VC-API verifier: MUST not verify if proof is not an object", 400, c -> c.put("proof", "proof")),
                check("vc-di-eddsa: proof.type missing or invalid is MALFORMED", 400, c -> proof(c).remove("type")),
                check("vc-di-eddsa: type not DataIntegrityProof is UNKNOWN_CRYPTOSUITE_TYPE", 400, c -> proof(c).put(
                                "type", "Ed25519Signature2018")),
                check("vc-di-eddsa: proof.created missing or invalid is MALFORMED", 400, c -> proof(c).put(
                                "created", "yesterday")),
                check("VC-API verifier: MUST not verify if proof.created is missing", 400, c -> proof(c).remove(
                                "created")),
                check("vc-di-eddsa: proof.verificationMethod missing or invalid is MALFORMED", 400, c -> proof(c)
                        .remove("verificationMethod")),
                check("vc-di-eddsa: proof.proofPurpose missing or invalid is MALFORMED", 400, c -> proof(c).remove(
                                "proofPurpose")),
                check("vc-di-eddsa: proof.proofValue missing or invalid is MALFORMED", 400, c -> proof(c).remove(
                                "proofValue")),
                check(
                        "vc-di-eddsa: a proofValue that is not multibase base58-btc is INVALID_PROOF_VALUE",
                        400,
                        c -> proof(c).put("proofValue", "not-multibase-bs58-encoded!!")),
                check("vc-di-eddsa: a proofValue that is not 64 bytes is INVALID_PROOF_LENGTH", 400, c -> proof(c).put(
                                "proofValue",
                                proof(c).get("proofValue").asText() + "3yMApqCuCjXDWPrbjfR5mjCPTHqFG8Pux1")),
                check(
                        "vc-di-eddsa: a cryptosuite other than eddsa-rdfc-2022 is UNKNOWN_CRYPTOSUITE_TYPE",
                        400,
                        c -> proof(c).put("cryptosuite", "eddsa-2022")),
                check("vc-di-eddsa: a proof made with another canonicalization (JCS) fails", 400, c -> proof(c).put(
                                "cryptosuite", "eddsa-jcs-2022")));
    }

    @Test
    @DisplayName("4.13.2 An enveloped VC's @context MUST be present (an empty array fails), its id MUST be a data: URL,"
            + " and its type MUST be EnvelopedVerifiableCredential")
    void refusesMalformedEnvelopes() {
        JsonNode enveloped = api.post(
                        issuePath(), key, issueRequest(newId(), "{\"mediaType\": \"application/vc+jwt\"}"))
                .get("verifiableCredential");
        assertThat(verify(enveloped, "{}").status()).isEqualTo(200);

        ObjectNode notData = enveloped.deepCopy();
        String id = notData.get("id").asText();
        notData.put("id", id.substring(id.indexOf(',') + 1));
        ObjectNode noType = enveloped.deepCopy();
        noType.remove("type");
        ObjectNode otherType = enveloped.deepCopy();
        otherType.put("type", "VerifiableCredential");
        ObjectNode emptyContext = enveloped.deepCopy();
        emptyContext.putArray("@context");
        for (ObjectNode changed : new ObjectNode[] {notData, noType, otherType, emptyContext}) {
            VcApiHttp.Answer answer = verify(changed, "{}");
            assertThat(answer.status()).as(changed + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.get("verified").asBoolean()).isFalse();
        }
    }

    // ---- the verifier: presentations/verify ----

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void presentations(Consumer<ObjectNode> change, int expected, boolean afterSigning) {
        ObjectNode presentation = object("{\"@context\": [\"" + V2 + "\"], \"type\": [\"VerifiablePresentation\"]}");
        presentation.put("holder", HOLDER.publicKey().didKey());
        presentation.putArray("verifiableCredential").add(signed());
        if (!afterSigning) {
            change.accept(presentation);
        }
        ObjectNode signedPresentation = DataIntegrity.sign(
                presentation,
                HOLDER,
                ProofOptions.authentication(
                        HOLDER.publicKey().didKeyVerificationMethod(), Instant.now(), "suite-challenge", null));
        if (afterSigning) {
            change.accept(signedPresentation);
        }
        // the challenge asked for, and the options the vc-data-model-2.0 suite sends
        for (String options : new String[] {"{\"challenge\": \"suite-challenge\"}", "{\"checks\": []}"}) {
            ObjectNode body = object("{\"options\": " + options + "}");
            body.set("verifiablePresentation", signedPresentation);
            VcApiHttp.Answer answer = api.post("/vc-api/presentations/verify", key, body);
            assertThat(answer.status()).as(options + ": " + answer.body()).isEqualTo(expected);
        }
    }

    static Stream<Arguments> presentations() {
        return Stream.of(
                present("4.13 A VP with an id", 200, p -> p.put("id", "urn:uuid:" + UUID.randomUUID())),
                present("4.13 verifiableCredential: one or more credentials — two", 200, p -> p.withArray(
                                "verifiableCredential")
                        .add(signed())),
                present("4.13 A VP without verifiableCredential", 200, p -> p.remove("verifiableCredential")),
                present(
                        "4.13 holder MUST be a URL or an object with an id — an object",
                        200,
                        p -> p.set(
                                "holder",
                                Json.parse("{\"id\": \"" + HOLDER.publicKey().didKey() + "\"}"))),
                present(
                        "4.13 holder MUST be a URL or an object with an id — an object without id",
                        400,
                        p -> p.set("holder", Json.parse("{\"name\": \"Holder\"}"))),
                tampered(
                        "4.03 Verifiable presentations MUST include a @context property",
                        400,
                        p -> p.remove("@context")),
                present(
                        "4.03 The first VP @context item MUST be https://www.w3.org/ns/credentials/v2",
                        400,
                        p -> p.set("@context", Json.parse("[\"" + EXAMPLES + "\", \"" + V2 + "\"]"))),
                present(
                        "4.03 Subsequent VP @context items: URLs and/or objects — two URLs",
                        200,
                        p -> p.set("@context", Json.parse("[\"" + V2 + "\", \"" + EXAMPLES + "\"]"))),
                present(
                        "4.03 Subsequent VP @context items: URLs and/or objects — an object",
                        200,
                        p -> p.set(
                                "@context",
                                Json.parse("[\"" + V2 + "\", {\"nickname\": \"https://example.org/v#n\"}]"))),
                tampered(
                        "4.03 Subsequent VP @context items MUST be processable as JSON-LD contexts — unknown",
                        400,
                        p -> p.set("@context", Json.parse("[\"" + V2 + "\", \"https://example.com\"]"))),
                tampered(
                        "4.03 Subsequent VP @context items MUST be processable as JSON-LD contexts — a number",
                        400,
                        p -> p.set("@context", Json.parse("[\"" + V2 + "\", 123192875]"))),
                tampered("4.05 Verifiable presentations MUST contain a type property", 400, p -> p.remove("type")),
                present("4.05 VP objects MUST have a type specified — an additional mapped type", 200, p -> {
                    p.set(
                            "@context",
                            Json.parse("[\"" + V2 + "\", {\"SuitePresentation\": "
                                    + "\"https://example.org/vocab#SuitePresentation\"}]"));
                    p.set("type", Json.parse("[\"VerifiablePresentation\", \"SuitePresentation\"]"));
                }),
                tampered(
                        "4.05 VP objects MUST have a type specified — without VerifiablePresentation",
                        400,
                        p -> p.set("type", Json.parse("[\"https://example.org/Presentation\"]"))),
                present(
                        "4.13.4 A VP with a self-asserted VC secured only by the VP's proof — issuer is the holder",
                        200,
                        p -> p.withArray("verifiableCredential").set(0, selfAsserted(HOLDER))),
                present("4.13.4 A VP with a self-asserted VC secured only by the VP MUST include a holder", 400, p -> {
                    p.remove("holder");
                    p.withArray("verifiableCredential").set(0, selfAsserted(HOLDER));
                }),
                present(
                        "4.13.4 The self-asserted VC's issuer MUST be identical to the VP's holder — another holder",
                        400,
                        p -> {
                            p.put("holder", "did:example:acme");
                            p.withArray("verifiableCredential").set(0, selfAsserted(HOLDER));
                        }),
                present(
                        "4.13.4 The self-asserted VC's issuer MUST be identical to the VP's holder — another issuer",
                        400,
                        p -> p.withArray("verifiableCredential").set(0, selfAsserted(ISSUER))),
                tampered("4.13 verifiableCredential values MUST NOT be non-object values", 400, p -> p.withArray(
                                "verifiableCredential")
                        .add("https://example.org/credential")),
                tampered(
                        "4.13 verifiableCredential: a credential missing the VerifiableCredential type fails",
                        400,
                        p -> ((ObjectNode) p.withArray("verifiableCredential").get(0))
                                .set("type", Json.parse("[\"https://example.org/Custom\"]"))));
    }

    @Test
    @DisplayName("4.13 A holder that is neither a URL nor an object with an id is a MALFORMED_VALUE_ERROR naming it")
    void namesAMalformedHolder() {
        ObjectNode presentation = object("{\"@context\": [\"" + V2 + "\"], \"type\": [\"VerifiablePresentation\"],"
                + " \"holder\": {\"name\": \"Holder\"}}");
        ObjectNode body = object("{\"options\": {}}");
        body.set(
                "verifiablePresentation",
                DataIntegrity.sign(
                        presentation,
                        HOLDER,
                        ProofOptions.authentication(
                                HOLDER.publicKey().didKeyVerificationMethod(), Instant.now(), null, null)));
        VcApiHttp.Answer answer = api.post("/vc-api/presentations/verify", key, body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonNode problem = answer.get("problemDetails").get(0);
        assertThat(problem.get("type").asText())
                .isEqualTo("https://www.w3.org/TR/vc-data-model-2.0#MALFORMED_VALUE_ERROR");
        assertThat(problem.get("reason").asText()).isEqualTo("holder.malformed");
        assertThat(problem.get("detail").asText()).contains("the holder must be a URL or an object with an id");
    }

    @Test
    @DisplayName("1.03 verifiers MUST produce errors for a non-conforming presentation")
    void refusesANonconformingPresentation() {
        ObjectNode body = object("{\"verifiablePresentation\": {\"type\": [\"NonconformingDocument\"]}}");
        VcApiHttp.Answer answer = api.post("/vc-api/presentations/verify", key, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    }

    private VcApiHttp.Answer verify(JsonNode credential, String options) {
        return api.post("/vc-api/credentials/verify", key, VcApiIssuingTest.verifyRequest(credential, options));
    }

    private String issuePath() {
        return "/vc-api/" + organization + "/credentials/issue";
    }

    /** A credential {@link #ISSUER} signs as its did:key, which the verifier resolves without the network. */
    private static ObjectNode signed() {
        ObjectNode credential = object("{\"@context\": [\"" + V2 + "\"], \"id\": \"" + newId() + "\","
                + " \"type\": [\"VerifiableCredential\"], \"issuer\": \""
                + ISSUER.publicKey().didKey() + "\","
                + " \"validFrom\": \"2026-01-01T00:00:00Z\","
                + " \"credentialSubject\": {\"id\": \"did:example:ada\", \"name\": \"Ada Lovelace\"}}");
        return DataIntegrity.sign(
                credential,
                ISSUER,
                ProofOptions.assertion(
                        ISSUER.publicKey().didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
    }

    /** A credential without a proof whose issuer is {@code issuer}'s did:key. */
    private static ObjectNode selfAsserted(SigningKey issuer) {
        ObjectNode credential = signed();
        credential.remove("proof");
        credential.put("issuer", issuer.publicKey().didKey());
        return credential;
    }

    private static byte[] gunzip(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode subject(ObjectNode credential) {
        return (ObjectNode) credential.get("credentialSubject");
    }

    private static ObjectNode proof(ObjectNode credential) {
        return (ObjectNode) credential.get("proof");
    }

    private static java.util.List<String> strings(JsonNode node) {
        return CredentialShape.strings(node);
    }

    private static Arguments issue(String statement, int expected, Consumer<ObjectNode> change) {
        return arguments(named(statement, change), expected);
    }

    private static Arguments check(String statement, int expected, Consumer<ObjectNode> change) {
        return arguments(named(statement, change), expected);
    }

    /** A presentation changed before the holder signs it. */
    private static Arguments present(String statement, int expected, Consumer<ObjectNode> change) {
        return arguments(named(statement, change), expected, false);
    }

    /** A signed presentation changed afterwards, for what no holder could sign, as the suite changes its own. */
    private static Arguments tampered(String statement, int expected, Consumer<ObjectNode> change) {
        return arguments(named(statement, change), expected, true);
    }
}
