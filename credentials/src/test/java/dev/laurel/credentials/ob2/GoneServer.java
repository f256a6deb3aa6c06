package dev.laurel.credentials.ob2;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A real HTTP server on 127.0.0.1 that answers every request with {@code 410 Gone}: a revoked hosted assertion. */
final class GoneServer implements AutoCloseable {

    private final HttpServer server;

    GoneServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(410, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/revoked-badge.json";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
