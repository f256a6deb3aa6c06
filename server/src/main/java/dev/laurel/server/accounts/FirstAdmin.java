package dev.laurel.server.accounts;

import dev.laurel.server.platform.LaurelSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On a development start, makes sure there is someone to log in as: the first start creates {@code admin@laurel.local}
 * with a random password written to {@code laurel-data/first-admin.txt}; every start prints the URL and how to log in.
 */
@Component
@Profile("dev")
class FirstAdmin {

    static final String EMAIL = "admin@laurel.local";

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LaurelSettings settings;

    FirstAdmin(Accounts accounts, PasswordEncoder passwords, LaurelSettings settings) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        Path file = settings.dataDirectory().resolve("first-admin.txt");
        if (accounts.findByEmail(EMAIL).isEmpty()) {
            String password = Tokens.generate().substring(0, 20);
            accounts.add(EMAIL, "Laurel Admin", passwords.encode(password), true, true);
            write(file, "email: " + EMAIL + "\npassword: " + password + "\n");
        }
        System.out.println();
        System.out.println("Laurel is running at " + settings.baseUrl());
        System.out.println("Log in as " + EMAIL + " with the password in " + file);
        System.out.println("Mail sent by Laurel is listed at " + settings.url("/dev/mail"));
        System.out.println();
    }

    private static void write(Path file, String content) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
