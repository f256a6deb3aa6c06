package dev.laurel.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.Actor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Certificates end to end: issued to non-Latin names through the API, downloaded, read as PDF/A-3b with the credential
 * attached, verified by {@code /verify} with the seal checked — and a single changed byte breaks the seal.
 */
class CertificatesTest extends ServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void anAchievementTakesItsCertificateTemplateAndGivesItBack() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Template College");
        ObjectNode achievement = ApiCalls.achievement("Drafting");
        achievement.putObject("certificate").put("template", "formal");
        UUID id = UUID.fromString(
                api.post("/api/v1/achievements", achievement).json().get("id").asText());

        JsonNode certificate = api.get("/api/v1/achievements/" + id).json().get("certificate");
        assertThat(certificate.get("template").asText()).isEqualTo("formal");
        assertThat(certificate.get("paper").asText()).isEqualTo("a4");
        assertThat(certificate.get("orientation").asText()).isEqualTo("landscape");

        achievement.putObject("certificate").put("template", "baroque");
        ApiCalls.Answer refused = api.put("/api/v1/achievements/" + id, achievement);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw().body()).contains("certificate.template");
    }

    @Test
    void certificatesOfNonLatinNamesCarryTheCredentialVerifyAndAreSealed() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Certificate Academy");
        String key = keys.create(api.organizationId(), "pdf", EnumSet.of(Scope.READ), new Actor.Operator())
                .secret();
        ObjectNode achievement = ApiCalls.achievement("Welding Safety");
        achievement.putObject("certificate").put("template", "modern");
        UUID badge = UUID.fromString(
                api.post("/api/v1/achievements", achievement).json().get("id").asText());

        for (String name : List.of("王小明", "سارة")) {
            UUID credential = api.issue(badge, name, uniqueEmail("earner"));
            HttpResponse<byte[]> download = get("/api/v1/credentials/" + credential + "/certificate.pdf", key);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
            byte[] pdf = download.body();

            try (PDDocument document = Loader.loadPDF(pdf)) {
                var files = document.getDocumentCatalog()
                        .getNames()
                        .getEmbeddedFiles()
                        .getNames();
                assertThat(files).containsKey("credential.json");
                String embedded = new String(
                        files.get("credential.json").getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
                assertThat(Json.parse(embedded)
                                .path("credentialSubject")
                                .path("achievement")
                                .path("name")
                                .asText())
                        .isEqualTo("Welding Safety");
                assertThat(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF")))
                        .isNotNull();
                String xmp =
                        new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertThat(xmp).containsPattern("pdfaid:part(=\"|>)3").containsPattern("pdfaid:conformance(=\"|>)B");
                if (name.equals("王小明")) {
                    assertThat(new PDFTextStripper().getText(document)).contains(name);
                }
            }

            JsonNode report = verify(pdf);
            assertThat(report.get("verified").asBoolean()).as(report.toString()).isTrue();
            assertThat(check(report, "proof").get("status").asText()).isEqualTo("passed");
            assertThat(check(report, "seal").get("status").asText()).isEqualTo("warning");
            assertThat(check(report, "seal").get("message").asText())
                    .contains("Certificate Academy")
                    .contains("self-signed");

            JsonNode broken = verify(flipOneByte(pdf));
            assertThat(broken.get("verified").asBoolean()).isFalse();
            assertThat(check(broken, "seal").get("status").asText()).isEqualTo("failed");
        }
    }

    @Test
    void thePublicCertificateFollowsTheCredentialsPageAndARevokedOneIsStamped() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Stamping Institute");
        UUID credential = api.issue(api.createAchievement("Forklift", "jwt"), "Grace Hopper", uniqueEmail("grace"));

        HttpResponse<byte[]> open = get("/c/" + credential + "/certificate.pdf", null);
        assertThat(open.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(open.body())) {
            var files =
                    document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(files).containsKeys("credential.json", "credential.jwt");
            assertThat(new PDFTextStripper().getText(document)).doesNotContainIgnoringCase("revoked");
        }
        assertThat(check(verify(open.body()), "proof").get("status").asText()).isEqualTo("passed");
        assertThat(get("/c/" + UUID.randomUUID() + "/certificate.pdf", null).statusCode())
                .isEqualTo(404);
        assertThat(get("/c/not-an-id/certificate.pdf", null).statusCode()).isEqualTo(404);

        ObjectNode reason = Json.MAPPER.createObjectNode().put("reason", "Issued in error");
        assertThat(api.post("/api/v1/credentials/" + credential + "/revoke", reason)
                        .status())
                .isEqualTo(200);
        HttpResponse<byte[]> revoked = get("/c/" + credential + "/certificate.pdf", null);
        try (PDDocument document = Loader.loadPDF(revoked.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", ""))
                    .as("the stamp, drawn rotated")
                    .containsIgnoringCase("revoked");
        }
    }

    @Test
    void theApiServesOnlyTheKeysOwnOrganizationsCertificates() throws Exception {
        ApiCalls victim = ApiCalls.organization(port, jdbc, keys, "Guarded Institute");
        UUID credential = victim.issue(victim.createAchievement("Guarded", "di"), "Ada Lovelace", uniqueEmail("ada"));
        String path = "/api/v1/credentials/" + credential + "/certificate.pdf";
        ApiCalls attacker = ApiCalls.organization(port, jdbc, keys, "Prying College");
        String attackerKey = keys.create(attacker.organizationId(), "pry", EnumSet.of(Scope.READ), new Actor.Operator())
                .secret();
        String issueOnly = keys.create(victim.organizationId(), "issue", EnumSet.of(Scope.ISSUE), new Actor.Operator())
                .secret();

        assertThat(get(path, null).statusCode()).isEqualTo(401);
        assertThat(get(path, issueOnly).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> elsewhere = get(path, attackerKey);
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(new String(elsewhere.body(), StandardCharsets.UTF_8)).contains("api.not-found");
        HttpResponse<byte[]> unknown = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/credentials/"
                                + UUID.randomUUID() + "/certificate.pdf"))
                        .header("Authorization", "Bearer " + attackerKey)
                        .header("Accept", "application/pdf")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(unknown.statusCode()).isIn(404, 406);
    }

    @Test
    void aPdfWithoutACredentialAnEncryptedOneAndGarbageAreClearRefusals() throws Exception {
        JsonNode plain = verify(plainPdf(null));
        assertThat(plain.get("verified").asBoolean()).isFalse();
        assertThat(check(plain, "format").get("message").asText()).contains("no credential inside this PDF");
        assertThat(check(plain, "seal").get("status").asText()).isEqualTo("warning");

        JsonNode encrypted = verify(plainPdf("secret"));
        assertThat(check(encrypted, "format").get("message").asText()).contains("encrypted");

        JsonNode garbage = verify("%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII));
        assertThat(garbage.get("verified").asBoolean()).isFalse();
        assertThat(check(garbage, "format").get("message").asText()).contains("not a readable PDF");
    }

    private static byte[] plainPdf(String password) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            if (password != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The PDF with one letter of its XMP title changed: still a readable PDF, no longer what was sealed. */
    static byte[] flipOneByte(byte[] pdf) {
        byte[] changed = pdf.clone();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Welding Safety");
        if (at < 0) {
            at = text.indexOf("Forklift");
        }
        assertThat(at).as("a title to change").isPositive();
        changed[at] = (byte) (changed[at] ^ 0x20);
        return changed;
    }

    static JsonNode check(JsonNode report, String id) {
        List<JsonNode> found = new ArrayList<>();
        report.get("checks").forEach(check -> {
            if (check.get("id").asText().equals(id)) {
                found.add(check);
            }
        });
        assertThat(found).as("check " + id + " in " + report).isNotEmpty();
        return found.get(0);
    }

    private JsonNode verify(byte[] pdf) throws Exception {
        return verify(port, pdf);
    }

    /** The JSON report of {@code /verify} on {@code port} for {@code pdf}, uploaded as a file. */
    static JsonNode verify(int port, byte[] pdf) throws Exception {
        String boundary = "laurel-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"certificate.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/verify"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private HttpResponse<byte[]> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
