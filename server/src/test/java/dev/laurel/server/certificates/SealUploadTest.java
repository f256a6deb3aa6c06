package dev.laurel.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.pdf.Seal;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organization's own e-seal: uploaded as PKCS#12 through the API or the page, checked (password, key, validity,
 * key usage) with a clear refusal for each, kept encrypted without its password, used for the certificates made
 * after, and removed to go back to the self-signed seal.
 */
class SealUploadTest extends ServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "correct seal password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Clock clock;

    @Test
    void anUploadedESealSealsTheCertificatesMadeAfterItAndRemovingItGoesBackToSelfSigned() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Sealed Academy");
        String key = keys.create(
                        api.organizationId(),
                        "seal",
                        java.util.EnumSet.of(Scope.ADMIN),
                        new dev.laurel.server.organizations.Actor.Operator())
                .secret();
        UUID credential = api.issue(api.createAchievement("Sealing", "di"), "Ada Lovelace", uniqueEmail("ada"));
        assertThat(get("/api/v1/certificate-seal", key).json().get("source").asText())
                .isEqualTo("self-signed");
        assertThat(Seal.check(pdf(credential))).isInstanceOf(CheckResult.Warning.class);

        Answer uploaded = upload(key, TestPkcs12.seal("Sealed Academy", PASSWORD, clock.instant()), PASSWORD);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        assertThat(uploaded.json().get("source").asText()).isEqualTo("uploaded");
        assertThat(uploaded.json().get("issuer").asText()).isEqualTo(TestPkcs12.CA);
        assertThat(Seal.check(pdf(credential)))
                .isInstanceOfSatisfying(CheckResult.Passed.class, passed -> assertThat(passed.message())
                        .contains("CN=Sealed Academy")
                        .contains("certificate issued by " + TestPkcs12.CA));
        byte[] stored = jdbc.sql("select encrypted_key from certificate_seal_uploads where organization_id = :org")
                .param("org", api.organizationId())
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(PASSWORD);

        assertThat(send("DELETE", "/api/v1/certificate-seal", key, null, null).status())
                .isEqualTo(204);
        assertThat(get("/api/v1/certificate-seal", key).json().get("source").asText())
                .isEqualTo("self-signed");
        assertThat(Seal.check(pdf(credential)))
                .isInstanceOfSatisfying(CheckResult.Warning.class, warning -> assertThat(warning.reasons())
                        .containsExactly(Reason.SEAL_SELF_SIGNED));
        Answer again = send("DELETE", "/api/v1/certificate-seal", key, null, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body()).contains("certificates.seal-none-uploaded");
    }

    @Test
    void eachUnfitFileIsRefusedWithItsReason() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Refused Academy");
        String key = keys.create(
                        api.organizationId(),
                        "seal",
                        java.util.EnumSet.of(Scope.ADMIN),
                        new dev.laurel.server.organizations.Actor.Operator())
                .secret();
        Instant now = clock.instant();
        Map<String, Answer> refusals = Map.of(
                "certificates.seal-wrong-password",
                upload(key, TestPkcs12.seal("Refused Academy", PASSWORD, now), "wrong password"),
                "certificates.seal-expired",
                uploadSeal(
                        key,
                        now.minus(400, ChronoUnit.DAYS),
                        now.minus(1, ChronoUnit.DAYS),
                        KeyUsage.nonRepudiation,
                        true),
                "certificates.seal-no-key",
                uploadSeal(
                        key,
                        now.minus(1, ChronoUnit.DAYS),
                        now.plus(30, ChronoUnit.DAYS),
                        KeyUsage.nonRepudiation,
                        false),
                "certificates.seal-key-usage",
                uploadSeal(
                        key,
                        now.minus(1, ChronoUnit.DAYS),
                        now.plus(30, ChronoUnit.DAYS),
                        KeyUsage.keyEncipherment,
                        true),
                "certificates.seal-unreadable",
                upload(key, "not a pkcs12 file".getBytes(StandardCharsets.US_ASCII), PASSWORD));

        refusals.forEach((code, answer) -> {
            assertThat(answer.status()).as(code + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.json().get("code").asText()).isEqualTo(code);
            assertThat(answer.body()).doesNotContain(PASSWORD);
        });
        assertThat(get("/api/v1/certificate-seal", key).json().get("source").asText())
                .isEqualTo("self-signed");
        String readOnly = keys.create(
                        api.organizationId(),
                        "read",
                        java.util.EnumSet.of(Scope.READ),
                        new dev.laurel.server.organizations.Actor.Operator())
                .secret();
        assertThat(get("/api/v1/certificate-seal", readOnly).status()).isEqualTo(403);
        assertThat(upload(readOnly, TestPkcs12.seal("Refused Academy", PASSWORD, now), PASSWORD)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anOwnerUploadsOnThePageAndIsToldWhatIsWrong() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Page Seal College");
        Browser browser = issuer.owner().browser();
        String path = "/organizations/" + issuer.organizationId() + "/certificate-seal";
        assertThat(browser.get("/organizations/" + issuer.organizationId() + "/settings")
                        .body())
                .contains(path);
        assertThat(browser.get(path).body()).contains("Sealed with a self-signed certificate");

        Browser.Page wrong = browser.postMultipart(
                path,
                Map.of("password", "not it"),
                "file",
                "seal.p12",
                "application/x-pkcs12",
                TestPkcs12.seal("Page Seal College", PASSWORD, clock.instant()));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("The password does not open this file.");

        browser.get(path);
        Browser.Page done = browser.postMultipart(
                path,
                Map.of("password", PASSWORD),
                "file",
                "seal.p12",
                "application/x-pkcs12",
                TestPkcs12.seal("Page Seal College", PASSWORD, clock.instant()));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body())
                .contains("Your e-seal is uploaded")
                .contains("Sealed with your uploaded e-seal")
                .contains(TestPkcs12.CA);

        Browser.Page removed = browser.post(path + "/remove", Map.of());
        assertThat(removed.body()).contains("Sealed with a self-signed certificate");
    }

    /** Uploads a seal of the academy valid from {@code from} to {@code until}, with the key usage given. */
    private Answer uploadSeal(String key, Instant from, Instant until, int keyUsage, boolean withKey) throws Exception {
        return upload(key, TestPkcs12.seal("Refused Academy", PASSWORD, from, until, keyUsage, withKey), PASSWORD);
    }

    private byte[] pdf(UUID credential) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/c/" + credential + "/certificate.pdf"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    record Answer(int status, String body) {
        JsonNode json() {
            return Json.parse(body);
        }
    }

    private Answer get(String path, String key) throws Exception {
        return send("GET", path, key, null, null);
    }

    private Answer upload(String key, byte[] file, String password) throws Exception {
        String boundary = "laurel-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n" + password
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"seal.p12\"\r\nContent-Type: application/x-pkcs12\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                "PUT",
                "/api/v1/certificate-seal",
                key,
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }

    private Answer send(String method, String path, String key, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
