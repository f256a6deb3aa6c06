package dev.laurel.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request whose body is sent in chunks ({@code Transfer-Encoding: chunked}, no {@code Content-Length}), over a
 * socket of its own, as a client streaming a body of unknown length does: {@code head}, then {@code filler} again and
 * again until {@code size} bytes are sent, then {@code tail}. The body is sent while the answer is read, so a server
 * that answers early — and stops reading — is seen doing so: {@link Answer#sent()} says how much went out.
 */
public record ChunkedRequest(int port, String method, String path, Map<String, String> headers) {

    /** The answer: status, headers (lower-case names), body, and how many body bytes were sent before it came. */
    public record Answer(int status, Map<String, String> headers, String body, long sent) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    public static ChunkedRequest post(int port, String path, Map<String, String> headers) {
        return new ChunkedRequest(port, "POST", path, headers);
    }

    /** Sends a body of about {@code size} bytes: {@code head}, {@code filler} repeated, {@code tail}. */
    public Answer send(String head, String filler, long size, String tail) {
        byte[] first = head.getBytes(StandardCharsets.UTF_8);
        byte[] repeated = filler.getBytes(StandardCharsets.UTF_8);
        byte[] last = tail.getBytes(StandardCharsets.UTF_8);
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    chunk(out, first, sent);
                    while (repeated.length > 0 && sent.get() + repeated.length + last.length <= size) {
                        chunk(out, repeated, sent);
                    }
                    chunk(out, last, sent);
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed the connection: it read no more
                }
            });
            Answer answer = read(socket.getInputStream(), sent);
            writer.interrupt();
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(OutputStream out, byte[] bytes, AtomicLong sent) throws IOException {
        if (bytes.length == 0) {
            return;
        }
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        sent.addAndGet(bytes.length);
    }

    private static Answer read(InputStream in, AtomicLong sent) throws IOException {
        String status = line(in);
        long sentWhenAnswered = sent.get();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in).strip(), 16);
                        size > 0;
                        size = Integer.parseInt(line(in).strip(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else {
                in.transferTo(body);
            }
        } catch (SocketTimeoutException | SocketException e) {
            // what came before is the answer
        }
        int code = status.length() >= 12 ? Integer.parseInt(status.substring(9, 12)) : 0;
        return new Answer(code, headers, body.toString(StandardCharsets.UTF_8), sentWhenAnswered);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
