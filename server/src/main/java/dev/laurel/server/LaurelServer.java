package dev.laurel.server;

import dev.laurel.server.admin.AdminCommand;
import dev.laurel.server.platform.Launch;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Laurel platform's entry point: {@code start-dev} (embedded PostgreSQL, data under ./laurel-data), {@code start}
 * (production: external PostgreSQL and SMTP, every setting checked before anything starts), or {@code admin ...}
 * (operator commands against the same database).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LaurelServer {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("admin")) {
            System.exit(AdminCommand.run(Arrays.copyOfRange(args, 1, args.length), LaurelServer.class));
        }
        Launch launch = Launch.prepare(args);
        SpringApplication.run(LaurelServer.class, launch.springArguments());
    }
}
