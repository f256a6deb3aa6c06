package dev.laurel.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.json.Json;
import dev.laurel.server.ChunkedRequest;
import dev.laurel.server.ServerTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /verify} bodies sent chunked, without a length: the container's multipart and form limits count the
 * stream, so a file or a text over them is refused with 413 like one that announces its length (issue 12, item 4).
 */
class ChunkedUploadTest extends ServerTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void aChunkedFileOverTheUploadLimitIsRefusedWith413() {
        ChunkedRequest.Answer answer = ChunkedRequest.post(
                        port,
                        "/verify",
                        Map.of("Content-Type", "multipart/form-data; boundary=x", "Accept", VerifyRequests.JSON))
                .send(
                        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.png\"\r\n"
                                + "Content-Type: application/octet-stream\r\n\r\n",
                        "x".repeat(64 * 1024),
                        8 * MIB,
                        "\r\n--x--\r\n");

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(Json.parse(answer.body()).get("code").asText()).endsWith("too-large");
    }

    @Test
    void aChunkedTextOverTheFormLimitIsRefusedWith413() {
        ChunkedRequest.Answer answer = ChunkedRequest.post(
                        port,
                        "/verify",
                        Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", VerifyRequests.JSON))
                .send("credential=", "x".repeat(64 * 1024), 3 * MIB, "");

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(Json.parse(answer.body()).get("code").asText()).endsWith("too-large");
    }
}
