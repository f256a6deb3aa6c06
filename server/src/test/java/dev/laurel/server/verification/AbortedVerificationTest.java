package dev.laurel.server.verification;

import static dev.laurel.server.verification.VerifyRequests.HTML;
import static dev.laurel.server.verification.VerifyRequests.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ServerTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * {@code /verify} keeps no session, and a request whose body is cut off mid-upload ends in a 400 (when the client still
 * listens) and one log line: never a 500 nor a stack trace.
 */
class AbortedVerificationTest extends ServerTest {

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listen() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(logged);
    }

    @Test
    void verifyingCreatesNoSession() {
        VerifyRequests verify = new VerifyRequests(port);
        String credential = Json.writePretty(TestCredentials.signed());
        assertNoSession(verify.text(credential, JSON));
        assertNoSession(verify.text(credential, HTML));
        assertNoSession(verify.file("badge.json", credential.getBytes(StandardCharsets.UTF_8), HTML));
        assertNoSession(verify.file("badge.json", credential.getBytes(StandardCharsets.UTF_8), JSON));
        assertNoSession(verify.text("", HTML));
    }

    @Test
    void theVerificationPageCreatesNoSession() throws IOException {
        String response = exchange(
                "GET /verify HTTP/1.1\r\nHost: localhost\r\nAccept: " + HTML + "\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(response.toLowerCase()).doesNotContain("set-cookie: session").doesNotContain("jsessionid");
    }

    @Test
    void aMultipartUploadCutOffMidwayIsABadRequestNotAnError() throws Exception {
        String part = "--laurel-x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"badge.png\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + "x".repeat(300);
        String status = cutOff("multipart/form-data; boundary=laurel-x", JSON, part);
        assertRecovered(status);
        status = cutOff("multipart/form-data; boundary=laurel-x", HTML, part);
        assertRecovered(status);
    }

    @Test
    void aPastedCredentialCutOffMidwayIsABadRequestNotAnError() throws Exception {
        String status = cutOff("application/x-www-form-urlencoded", JSON, "credential=" + "x".repeat(300));
        assertRecovered(status);
        status = cutOff("application/x-www-form-urlencoded", HTML, "credential=" + "x".repeat(300));
        assertRecovered(status);
    }

    /** Sends a POST /verify announcing 100 000 bytes, sends a few hundred, stops sending; the status line, if any. */
    private String cutOff(String contentType, String accept, String body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /verify HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\nAccept: "
                            + accept + "\r\nContent-Length: 100000\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.shutdownOutput();
            String response = readAll(socket.getInputStream());
            int end = response.indexOf("\r\n");
            return end < 0 ? "" : response.substring(0, end);
        }
    }

    private void assertRecovered(String status) throws InterruptedException {
        assertThat(status)
                .as("the answer, if any")
                .satisfiesAnyOf(s -> assertThat(s).isEmpty(), s -> assertThat(s).startsWith("HTTP/1.1 400"));
        Thread.sleep(300); // the request's last log lines come after its answer
        assertThat(logged.list)
                .as("what was logged")
                .noneMatch(event -> event.getThrowableProxy() != null)
                .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .filteredOn(event -> event.getFormattedMessage().contains("cut off"))
                .hasSize(1);
        logged.list.clear();
        HttpResponse<String> next = new VerifyRequests(port).text(Json.writePretty(TestCredentials.signed()), JSON);
        assertThat(next.statusCode()).isEqualTo(200);
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                read.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // the server closed or reset the connection: what came before is the answer
        }
        return read.toString(StandardCharsets.ISO_8859_1);
    }

    private static void assertNoSession(HttpResponse<String> response) {
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("cookies")
                .noneMatch(cookie -> cookie.startsWith("SESSION") || cookie.startsWith("JSESSIONID"));
    }
}
