package dev.laurel.server.verification;

import static dev.laurel.server.verification.VerifyRequests.HTML;
import static dev.laurel.server.verification.VerifyRequests.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.Browser;
import dev.laurel.server.ServerTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

class VerificationTest extends ServerTest {

    /** Where the actuator is: metrics are never on the public port. */
    @LocalManagementPort
    int managementPort;

    @Autowired
    MeterRegistry metrics;

    private VerifyRequests verify() {
        return new VerifyRequests(port);
    }

    @Test
    void showsTheFormToAnyoneWithoutLogin() {
        Browser.Page page = new Browser(port).get("/verify");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Verify a credential</h1>")
                .contains("<label for=\"file\">Upload a file</label>")
                .contains("<label for=\"credential\">Paste the credential, a JWT, or its URL</label>")
                .contains("enctype=\"multipart/form-data\"")
                .contains("aria-live=\"polite\"")
                .contains("/js/verify.js");
    }

    @Test
    void verifiesACredentialPastedAsJson() {
        HttpResponse<String> page = verify().text(Json.writePretty(TestCredentials.signed()), HTML);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body())
                .contains("data-verified=\"true\"")
                .contains("Valid — Teamwork Badge, issued by Example Corp to did:example:ebfeb1f712ebc6f1c276e12ec21"
                        + " on 1 January 2026.")
                .contains("<details class=\"verify-checks every-check\">")
                .contains("<summary>Show every check</summary>")
                .contains("Every check passed")
                .contains("Teamwork Badge")
                .contains("Example Corp")
                .contains("did:example:ebfeb1f712ebc6f1c276e12ec21")
                .contains("data-check=\"proof\" data-status=\"passed\"")
                .contains("<span class=\"pill passed\">passed</span>");
    }

    @Test
    void verifiesAVcDataModel11CredentialReadingIssuanceDateAsValidFrom() {
        String credential = Json.writePretty(TestCredentials.vc11());
        JsonNode report = Json.parse(verify().text(credential, JSON).body());
        assertThat(report.get("verified").asBoolean()).as(report.toString()).isTrue();
        assertThat(message(report, "valid-from")).isEqualTo("valid since 2026-01-01T00:00:00Z (issuanceDate)");
        assertThat(message(report, "schema")).contains("read as VC 2.0");

        HttpResponse<String> page = verify().text(credential, HTML);
        assertThat(page.body())
                .contains("data-verified=\"true\"")
                .contains("Teamwork Badge")
                .contains("data-check=\"valid-from\" data-status=\"passed\"");
    }

    @Test
    void answersApiClientsWithTheCommandLinesJsonReport() {
        String credential = Json.writePretty(TestCredentials.signed());
        HttpResponse<String> response = verify().text(credential, JSON);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode report = Json.parse(response.body());
        List<String> keys = new ArrayList<>();
        report.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("verified", "checks");
        assertThat(report.get("verified").asBoolean()).isTrue();
        for (JsonNode check : report.get("checks")) {
            List<String> fields = new ArrayList<>();
            check.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("id", "status", "message");
        }
        JsonNode cli = Verifier.builder()
                .fetcher(HttpFetcher.offline())
                .build()
                .verify(credential.getBytes(StandardCharsets.UTF_8))
                .toJson();
        assertThat(report).isEqualTo(cli);
    }

    @Test
    void reportsATamperedCredentialAsNotVerifiedBecauseOfItsProof() {
        String tampered = Json.write(TestCredentials.tampered());
        JsonNode report = Json.parse(verify().text(tampered, JSON).body());
        assertThat(report.get("verified").asBoolean()).isFalse();
        assertThat(status(report, "proof")).isEqualTo("failed");
        assertThat(failed(report)).containsExactly("proof");

        HttpResponse<String> page = verify().text(tampered, HTML);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-verified=\"false\"")
                .contains("Not verified")
                .contains("Not valid — the credential was changed after it was signed")
                .contains("data-check=\"proof\" data-status=\"failed\"")
                .contains("none of this is confirmed");
    }

    @Test
    void namesTheRecipientAsTheCredentialDoesWhenItGivesTheirNameInTheClear() {
        String credential = Json.writePretty(TestCredentials.namedRecipient());
        assertThat(new Browser(port).get("/verify").body()).doesNotContain("Issued to");

        HttpResponse<String> page = verify().text(credential, HTML);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-verified=\"true\"")
                .contains("Valid — Teamwork Badge, issued by Example Corp to Ada Lovelace on 1 January 2026.")
                .contains("<dt>Issued to</dt>")
                .contains("<dd>Ada Lovelace</dd>")
                .contains("<time datetime=\"2026-01-01T00:00:00Z\">1 January 2026</time>")
                .doesNotContain("hashed identity");
    }

    @Test
    void verifiesACredentialBakedIntoAPngUpload() {
        HttpResponse<String> response = verify().file("badge.png", TestCredentials.bakedPng(), JSON);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = Json.parse(response.body());
        assertThat(report.get("verified").asBoolean()).as(response.body()).isTrue();
        assertThat(message(report, "format")).contains("PNG image");

        HttpResponse<String> page = verify().file("badge.png", TestCredentials.bakedPng(), HTML);
        assertThat(page.body()).contains("data-verified=\"true\"").contains("Checked: badge.png");
    }

    @Test
    void verifiesAJwtPastedAsText() {
        JsonNode report = Json.parse(verify().text(TestCredentials.jwt(), JSON).body());
        assertThat(report.get("verified").asBoolean()).as(report.toString()).isTrue();
        assertThat(message(report, "format")).contains("VC-JWT");
    }

    @Test
    void reportsUnreadableCredentialsAsAFailedFormatCheckNotAnHttpError() {
        HttpResponse<String> malformed =
                verify().text(new String(TestCredentials.fixture("malformed.json"), StandardCharsets.UTF_8), JSON);
        assertThat(malformed.statusCode()).isEqualTo(200);
        JsonNode report = Json.parse(malformed.body());
        assertThat(report.get("verified").asBoolean()).isFalse();
        assertThat(failed(report)).containsExactly("format");
        assertThat(message(report, "format")).contains("malformed JSON");

        HttpResponse<String> truncated = verify().file("badge.png", TestCredentials.fixture("truncated.png"), HTML);
        assertThat(truncated.statusCode()).isEqualTo(200);
        assertThat(truncated.body()).contains("Not a readable credential").contains("truncated");
    }

    @Test
    void refusesToFetchAUrlOnAPrivateAddress() {
        String url = "http://127.0.0.1:" + port + "/verify";
        HttpResponse<String> problem = verify().text(url, JSON);
        assertProblem(problem, 400, "url-not-fetched");
        assertThat(Json.parse(problem.body()).get("detail").asText())
                .contains("not a public address")
                .doesNotContain("loopback");

        HttpResponse<String> page = verify().text(url, HTML);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("The URL could not be fetched")
                .contains("not a public address")
                .doesNotContain("loopback")
                .contains("aria-invalid=\"true\"")
                .contains(url);
    }

    @Test
    void explainsMissingInput() {
        assertProblem(verify().text("  ", JSON), 400, "no-input");
        assertProblem(verify().multipart("", new byte[0], null, JSON), 400, "no-input");
        assertProblem(
                verify().send("application/x-www-form-urlencoded", new byte[0], "application/problem+json"),
                400,
                "no-input");
        HttpResponse<String> page = verify().text("", HTML);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("No credential given").contains("role=\"alert\"");
    }

    @Test
    void refusesAFileAndTextTogether() {
        assertProblem(verify().multipart("badge.png", TestCredentials.bakedPng(), "{}", JSON), 400, "both-inputs");
        assertThat(verify().multipart("badge.png", TestCredentials.bakedPng(), "{}", HTML)
                        .body())
                .contains("Give either a file or pasted text, not both");
    }

    @Test
    void refusesAnEmptyFile() {
        assertProblem(verify().file("badge.png", new byte[0], JSON), 400, "empty-file");
        HttpResponse<String> page = verify().file("badge.png", new byte[0], HTML);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("The file is empty");
    }

    @Test
    void refusesAFileOverTheUploadLimit() {
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        HttpResponse<String> problem = verify().file("large.png", large, JSON);
        assertProblem(problem, 413, "too-large");
        assertThat(Json.parse(problem.body()).get("maxFileBytes").asLong()).isEqualTo(5 * 1024 * 1024);

        HttpResponse<String> page = verify().file("large.png", large, HTML);
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("Too large to verify").contains("files up to 5 MB");
    }

    @Test
    void refusesTextOverTheFormLimit() {
        String large = "x".repeat(2 * 1024 * 1024 + 1);
        assertProblem(verify().text(large, JSON), 413, "too-large");
        assertProblem(verify().multipart(null, null, large, JSON), 413, "too-large");
        HttpResponse<String> page = verify().text(large, HTML);
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("pasted text up to 2 MB");
    }

    @Test
    void refusesAFormThatIsNotOne() {
        byte[] malformed = "credential=%zz%".getBytes(StandardCharsets.UTF_8);
        assertProblem(verify().send("application/x-www-form-urlencoded", malformed, JSON), 400, "malformed-form");
    }

    @Test
    void refusesAnUploadThatCannotBeRead() {
        byte[] broken = "--laurel-x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nno end"
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(verify().send("multipart/form-data; boundary=laurel-x", broken, JSON), 400, "unreadable-file");
        assertThat(verify().send("multipart/form-data; boundary=laurel-x", broken, HTML)
                        .body())
                .contains("The upload could not be read");
    }

    @Test
    void countsVerificationsByOutcomeAndFormat() {
        double before = metrics.counter("laurel.verifications", "verified", "false", "format", "unknown")
                .count();
        verify().text("not a credential", JSON);
        assertThat(metrics.counter("laurel.verifications", "verified", "false", "format", "unknown")
                        .count())
                .isEqualTo(before + 1);
        assertThat(new Browser(managementPort).get("/actuator/prometheus").body())
                .contains("laurel_verifications_total{");
    }

    @Test
    void countsJsonLdConversionsByPath() {
        assertThat(new Browser(managementPort).get("/actuator/prometheus").body())
                .contains("laurel_jsonld_conversions_total{path=\"fast\"}")
                .contains("laurel_jsonld_conversions_total{path=\"general\"}");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("https://laurel.dev/problems/verify/" + slug);
        assertThat(problem.get("code").asText()).isEqualTo("verify." + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isEqualTo("/verify");
    }

    private static String status(JsonNode report, String id) {
        return check(report, id).get("status").asText();
    }

    private static String message(JsonNode report, String id) {
        return check(report, id).get("message").asText();
    }

    private static JsonNode check(JsonNode report, String id) {
        for (JsonNode check : report.get("checks")) {
            if (check.get("id").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("no check " + id + " in " + report);
    }

    private static List<String> failed(JsonNode report) {
        List<String> failed = new ArrayList<>();
        for (JsonNode check : report.get("checks")) {
            if (check.get("status").asText().equals("failed")) {
                failed.add(check.get("id").asText());
            }
        }
        return failed;
    }
}
