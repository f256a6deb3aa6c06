package dev.laurel.server;

import dev.laurel.server.platform.Launch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Laurel platform's entry point: {@code start-dev} (embedded PostgreSQL, data under ./laurel-data) or {@code
 * start} (production: external PostgreSQL and SMTP, every setting checked before anything starts).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LaurelServer {

    public static void main(String[] args) {
        Launch launch = Launch.prepare(args);
        SpringApplication.run(LaurelServer.class, launch.springArguments());
    }
}
