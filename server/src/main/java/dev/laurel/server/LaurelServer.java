package dev.laurel.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Laurel platform's entry point; feature modules live in sub-packages of this one. */
@SpringBootApplication
public class LaurelServer {

    public static void main(String[] args) {
        SpringApplication.run(LaurelServer.class, args);
    }
}
