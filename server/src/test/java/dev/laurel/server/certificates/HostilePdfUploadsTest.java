package dev.laurel.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.ChunkedRequest;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile and foreign PDFs through the doors that take them — {@code /verify} and backpack import — each get a clear
 * answer, never a 500: a plain PDF, one nested deeper than the parser's stack, a compression bomb, a truncated
 * certificate, and 100 MB, refused on the stream.
 */
class HostilePdfUploadsTest extends ServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long MIB = 1024 * 1024;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void verifyAnswersEachHostilePdfWithAReason() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Truncated Institute");
        UUID credential = api.issue(api.createAchievement("Halved", "di"), "Ada Lovelace", uniqueEmail("ada"));
        byte[] certificate = HTTP.send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/c/" + credential + "/certificate.pdf"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();

        Map<String, byte[]> hostile = Map.of(
                "no credential inside this PDF", plain(),
                "not a readable PDF", nested(),
                "compression bomb", objectStreamBomb(),
                "", Arrays.copyOf(certificate, certificate.length / 2));

        hostile.forEach((reason, pdf) -> {
            JsonNode report = verify(pdf);
            assertThat(report.get("verified").asBoolean()).as(reason).isFalse();
            JsonNode format = check(report, "format");
            assertThat(format.get("message").asText()).as(report.toString()).contains(reason);
        });
    }

    @Test
    void verifyRefusesAHundredMegabytePdfOnTheStream() {
        ChunkedRequest.Answer answer = ChunkedRequest.post(
                        port,
                        "/verify",
                        Map.of("Content-Type", "multipart/form-data; boundary=x", "Accept", "application/json"))
                .send(
                        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n",
                        "%".repeat(64 * 1024), 100 * MIB, "\r\n--x--\r\n");

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.sent()).as("refused before the whole body was read").isLessThan(100 * MIB);
    }

    @Test
    void backpackImportRefusesEachHostilePdfWithAReason() throws Exception {
        Browser browser = Scenario.signUp(port, jdbc, "Careful Earner").browser();
        Map<String, byte[]> hostile = Map.of(
                "There is no credential inside this PDF.", plain(),
                "not a readable PDF", nested(),
                "compression bomb", objectStreamBomb());

        for (Map.Entry<String, byte[]> pdf : hostile.entrySet()) {
            browser.get("/backpack/import");
            Browser.Page page = browser.postMultipart(
                    "/backpack/import/file", Map.of(), "file", "certificate.pdf", "application/pdf", pdf.getValue());
            assertThat(page.status()).as(pdf.getKey()).isBetween(200, 499);
            assertThat(page.body()).contains(pdf.getKey());
        }
        browser.get("/backpack/import");
        Map<String, String> headers = new java.util.HashMap<>(browser.sessionHeaders());
        headers.put("Content-Type", "multipart/form-data; boundary=x");
        ChunkedRequest.Answer tooLarge = ChunkedRequest.post(port, "/backpack/import/file", headers)
                .send(
                        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n",
                        "%".repeat(64 * 1024), 100 * MIB, "\r\n--x--\r\n");
        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.sent()).as("refused before the whole body was read").isLessThan(100 * MIB);
        assertThat(browser.get("/backpack").status()).isEqualTo(200);
    }

    private JsonNode verify(byte[] pdf) {
        String boundary = "laurel-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"certificate.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/verify"))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return Json.parse(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode check(JsonNode report, String id) {
        for (JsonNode check : report.get("checks")) {
            if (check.get("id").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("no check " + id + " in " + report);
    }

    /** A PDF from anywhere: one empty page, nothing embedded. */
    private static byte[] plain() {
        return ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                        + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R /Size 3 >>\n"
                        + "%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A catalog whose embedded-files tree is an array nested 200,000 deep. */
    private static byte[] nested() {
        return ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names "
                        + "[".repeat(200_000) + "]".repeat(200_000) + " >> >> >>\nendobj\n"
                        + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R /Size 3 >>\n"
                        + "%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** An object stream of 400 MB of zeros, deflated to about 400 KB. */
    private static byte[] objectStreamBomb() {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        byte[] zeros = new byte[(int) MIB];
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(data, new Deflater(9))) {
            for (int i = 0; i < 400; i++) {
                deflate.write(zeros);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                        + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                        + "3 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + data.size()
                        + " >>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data.toByteArray());
        out.writeBytes(
                "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
