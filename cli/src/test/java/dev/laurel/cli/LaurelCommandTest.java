package dev.laurel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract, as scripts use it: arguments, stdout, stderr and exit codes. */
class LaurelCommandTest {

    static final Path SPEC = Path.of("../credentials/src/test/resources/spec/vectors");
    static final Path FIXTURES = Path.of("../credentials/src/test/resources/fixtures/verify");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() {
            return Json.parse(out);
        }
    }

    static Run laurel(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Laurel.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void keygenPrintsAnEd25519KeyFileAndP256OnRequest() {
        Run ed = laurel("keygen");
        assertThat(ed.exit()).isZero();
        assertThat(ed.json().get("publicKeyMultibase").asText()).startsWith("z6Mk");
        assertThat(ed.json().get("secretKeyMultibase").asText()).startsWith("z");
        assertThat(ed.json().size()).isEqualTo(2);

        Run p256 = laurel("keygen", "--type", "p256");
        assertThat(p256.json().get("publicKeyMultibase").asText()).startsWith("zDn");
    }

    @Test
    void keygenWritesTheKeyReadableByItsOwnerOnly() throws Exception {
        Path key = dir.resolve("key.json");
        Run run = laurel("keygen", "--out", key.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Json.parse(Files.readString(key)).has("secretKeyMultibase")).isTrue();
        assertThat(Files.getPosixFilePermissions(key))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void signReproducesTheW3cVectorFromItsKeyFile() {
        Path vector = SPEC.resolve("vc-di-eddsa");
        Run run = laurel(
                "sign",
                "--key",
                vector.resolve("keyPair.json").toString(),
                "--created",
                "2023-02-24T23:36:38Z",
                vector.resolve("unsigned.json").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json()).isEqualTo(Json.parse(read(vector.resolve("eddsa-rdfc-2022/signedDataInt.json"))));
    }

    @Test
    void signUsesTheGivenVerificationMethodAndTheImplementationGuideKeyFile() {
        Path vector = SPEC.resolve("ob-v3p0-impl");
        Run run = laurel(
                "sign",
                "--key",
                vector.resolve("keypair.json").toString(),
                "--verification-method",
                "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
                "--created",
                "2010-01-01T19:23:24Z",
                vector.resolve("credential.json").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json()).isEqualTo(Json.parse(read(vector.resolve("signed-credential.json"))));
    }

    @Test
    void signsVerifiesBakesAndUnbakesARoundTrip() throws Exception {
        Path key = dir.resolve("key.json");
        laurel("keygen", "--out", key.toString());
        String did = "did:key:"
                + Json.parse(Files.readString(key)).get("publicKeyMultibase").asText();
        Path credential = dir.resolve("credential.json");
        Files.writeString(
                credential,
                read(SPEC.resolve("ob-v3p0-spec-examples/07-sample-openbadgecredential.json"))
                        .replace("https://example.com/issuers/876543", did));

        for (String format : new String[] {"di", "jwt"}) {
            Run signed = laurel("sign", "--key", key.toString(), "--format", format, credential.toString());
            assertThat(signed.exit()).as(signed.err()).isZero();
            assertThat(signed.err()).isEmpty();
            Path signedFile = dir.resolve("signed." + format);
            Files.writeString(signedFile, signed.out());

            Run verified = laurel("verify", signedFile.toString());
            assertThat(verified.exit()).as(verified.out()).isZero();
            assertThat(verified.out()).contains("VERIFIED").doesNotContain("NOT VERIFIED");

            Path baked = dir.resolve("baked-" + format + ".png");
            Run bake = laurel(
                    "bake",
                    "--image",
                    FIXTURES.resolve("valid.png").toString(),
                    "--credential",
                    signedFile.toString(),
                    "--out",
                    baked.toString());
            assertThat(bake.exit()).as(bake.err()).isZero();
            assertThat(laurel("unbake", baked.toString()).out().strip())
                    .isEqualTo(signed.out().strip());
            assertThat(laurel("verify", baked.toString()).exit()).isZero();
        }
    }

    @Test
    void signKeepsEveryValueAsWrittenIncludingDecimals() {
        Path example = SPEC.resolve("ob-v3p0-spec-examples/06-complete-openbadgecredential.json");
        Run run =
                laurel("sign", "--key", SPEC.resolve("vc-di-eddsa/keyPair.json").toString(), example.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode signed = run.json();
        assertThat(signed.get("credentialSubject").get("creditsEarned").toString())
                .isEqualTo("42.0");
        assertThat((JsonNode) ((com.fasterxml.jackson.databind.node.ObjectNode) signed.deepCopy()).without("proof"))
                .isEqualTo(Json.parse(read(example)));
    }

    @Test
    void signWarnsWhenTheIssuerDoesNotControlTheKey() {
        Path key = dir.resolve("key.json");
        laurel("keygen", "--out", key.toString());
        Run run = laurel(
                "sign",
                "--key",
                key.toString(),
                SPEC.resolve("ob-v3p0-spec-examples/07-sample-openbadgecredential.json")
                        .toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("warning").contains("https://example.com/issuers/876543");
    }

    @Test
    void verifyExitsOneForACredentialThatDoesNotVerifyAndPrintsItsChecksAsJson() {
        Run run = laurel(
                "verify",
                "--json",
                "--now",
                "2026-11-22T00:00:00Z",
                FIXTURES.resolve("tampered-value.json").toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = run.json();
        assertThat(report.get("verified").asBoolean()).isFalse();
        assertThat(report.properties()).extracting(e -> e.getKey()).containsExactly("verified", "checks");
        JsonNode proof = null;
        for (JsonNode check : report.get("checks")) {
            boolean flagged = check.get("status").asText().matches("failed|warning");
            assertThat(check.properties())
                    .extracting(e -> e.getKey())
                    .containsExactlyElementsOf(
                            flagged
                                    ? List.of("id", "status", "message", "reason")
                                    : List.of("id", "status", "message"));
            if (check.get("id").asText().equals("proof")) {
                proof = check;
            }
        }
        assertThat(proof).isNotNull();
        assertThat(proof.get("status").asText()).isEqualTo("failed");
        assertThat(proof.get("reason").asText()).isEqualTo("proof.invalid");
    }

    @Test
    void verifyPrintsTheReasonCodeOfEachFailedCheck() {
        Run run = laurel(
                "verify",
                "--json",
                "--now",
                "2026-11-22T00:00:00Z",
                FIXTURES.resolve("expired.json").toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode validUntil = null;
        for (JsonNode check : run.json().get("checks")) {
            if (check.get("id").asText().equals("valid-until")) {
                validUntil = check;
            } else if (check.get("status").asText().equals("passed")) {
                assertThat(check.has("reason")).as(check.toString()).isFalse();
            }
        }
        assertThat(validUntil).isNotNull();
        assertThat(validUntil.get("status").asText()).isEqualTo("failed");
        assertThat(validUntil.get("reason").asText()).isEqualTo("valid-until.expired");
        assertThat(validUntil.get("message").asText()).contains("expired on 2026-06-30");
    }

    @Test
    void verifiesVcDataModel11CredentialsAndTheirExpirationDate() {
        Run dcc = laurel(
                "verify",
                "--json",
                "--now",
                "2026-11-22T00:00:00Z",
                FIXTURES.resolve("vc11-ed25519-signature-2020.json").toString());
        assertThat(dcc.exit()).as(dcc.out()).isZero();
        assertThat(status(dcc.json(), "proof")).isEqualTo("passed");

        String expired = FIXTURES.resolve("vc11-expired.json").toString();
        assertThat(status(
                        laurel("verify", "--json", "--now", "2026-03-01T00:00:00Z", expired)
                                .json(),
                        "valid-until"))
                .isEqualTo("passed");
        Run after = laurel("verify", "--json", "--now", "2026-11-22T00:00:00Z", expired);
        assertThat(after.exit()).isEqualTo(1);
        assertThat(status(after.json(), "valid-until")).isEqualTo("failed");
    }

    @Test
    void verifyReadsTheCredentialACertificatePdfCarriesAndReportsItsSeal() throws Exception {
        Path pdf = dir.resolve("certificate.pdf");
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var embedded = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(
                    document, Files.newInputStream(FIXTURES.resolve("vc11-ed25519-signature-2020.json")));
            var file = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
            file.setFile("credential.json");
            file.setEmbeddedFile(embedded);
            var tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
            tree.setNames(java.util.Map.of("credential.json", file));
            var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            document.save(pdf.toFile());
        }

        Run run = laurel("verify", "--json", "--now", "2026-11-22T00:00:00Z", pdf.toString());

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(status(run.json(), "proof")).isEqualTo("passed");
        assertThat(status(run.json(), "seal")).isEqualTo("warning");
    }

    @Test
    void verifyHonoursNowForValidityPeriods() {
        String expired = FIXTURES.resolve("expired.json").toString();
        Run before = laurel("verify", "--json", "--now", "2026-03-01T00:00:00Z", expired);
        Run after = laurel("verify", "--json", "--now", "2026-11-22T00:00:00Z", expired);
        assertThat(status(before.json(), "valid-until")).isEqualTo("passed");
        assertThat(status(after.json(), "valid-until")).isEqualTo("failed");
    }

    @Test
    void verifyExitsTwoForUnreadableInputAndUsageErrors() {
        assertThat(laurel("verify", FIXTURES.resolve("malformed.json").toString())
                        .exit())
                .isEqualTo(2);
        assertThat(laurel("verify", FIXTURES.resolve("truncated.png").toString())
                        .exit())
                .isEqualTo(2);
        assertThat(laurel("verify", dir.resolve("missing.json").toString()).exit())
                .isEqualTo(2);
        assertThat(laurel("verify").exit()).isEqualTo(2);
        assertThat(laurel(
                                "verify",
                                "--now",
                                "yesterday",
                                FIXTURES.resolve("valid.json").toString())
                        .exit())
                .isEqualTo(2);
        assertThat(laurel("frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void verifyExitsOneForAnUnreachableHostedAssertionWhetherGivenAsJsonOrBakedInAnImage() throws Exception {
        String url = "https://assertions.invalid/assertions/1.json";
        Path json = dir.resolve("assertion.json");
        Files.writeString(
                json,
                read(FIXTURES.resolve("ob2-hosted.json"))
                        .replace("https://badges.example/assertions/hosted.json", url));
        Path urlFile = dir.resolve("url.txt");
        Files.writeString(urlFile, url);
        Path baked = dir.resolve("baked.png");
        Run bake = laurel(
                "bake",
                "--image",
                FIXTURES.resolve("valid.png").toString(),
                "--credential",
                urlFile.toString(),
                "--out",
                baked.toString());
        assertThat(bake.exit()).as(bake.err()).isZero();

        Run fromJson = laurel("verify", json.toString());
        Run fromImage = laurel("verify", baked.toString());

        assertThat(fromJson.exit()).as(fromJson.out()).isEqualTo(1);
        assertThat(fromImage.exit()).as(fromImage.out()).isEqualTo(1);
    }

    @Test
    void verifyReadsStandardInput() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream("{\"not\": \"a credential\"}".getBytes(StandardCharsets.UTF_8)));
            Run run = laurel("verify", "--json", "-");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.json().get("verified").asBoolean()).isFalse();
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void unbakeExitsOneForAnImageWithoutACredentialAndTwoForNoImage() throws Exception {
        Path plain = dir.resolve("plain.svg");
        Files.writeString(plain, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(laurel("unbake", plain.toString()).exit()).isEqualTo(1);
        assertThat(laurel("unbake", FIXTURES.resolve("valid.json").toString()).exit())
                .isEqualTo(2);
    }

    @Test
    void signRefusesAKeyFileWithoutASecretWithAClearMessage() throws Exception {
        Path key = dir.resolve("public.json");
        Files.writeString(key, "{\"publicKeyMultibase\": \"z6MkkZPGj5maxa8ReCWWLqUopFDS6AsiJqLoHGJ8eASihMEi\"}");
        Run run = laurel(
                "sign", "--key", key.toString(), FIXTURES.resolve("valid.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no secret key");
    }

    private static String status(JsonNode report, String id) {
        for (JsonNode check : report.get("checks")) {
            if (check.get("id").asText().equals(id)) {
                return check.get("status").asText();
            }
        }
        throw new AssertionError("no check " + id);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
