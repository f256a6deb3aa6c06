package dev.laurel.server.bulk;

import dev.laurel.server.LaurelServer;
import org.springframework.boot.SpringApplication;

/** A second Laurel node for the crash test: the application with the settings given as arguments, nothing else. */
public final class BulkNode {

    private BulkNode() {}

    public static void main(String[] args) {
        SpringApplication.run(LaurelServer.class, args);
    }
}
