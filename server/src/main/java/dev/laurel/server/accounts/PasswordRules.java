package dev.laurel.server.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (ASVS 2.1.1, 2.1.2, 2.1.7): 12 to 200 characters, and none of the 10,000 most common
 * passwords ({@code passwords/10k-most-common.txt}, compared case-insensitively). Every place a person chooses a
 * password asks it. Thread-safe.
 */
@Component
class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    /** Why a password is refused; the message code tells the person in their language. */
    enum Problem {
        LENGTH("signup.password.length"),
        COMMON("signup.password.common");

        private final String messageCode;

        Problem(String messageCode) {
            this.messageCode = messageCode;
        }

        String messageCode() {
            return messageCode;
        }
    }

    private final Set<String> common = load("/passwords/10k-most-common.txt");

    /** Why {@code password} may not be chosen, or empty when it may. */
    Optional<Problem> problem(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        return common.contains(password.toLowerCase(Locale.ROOT)) ? Optional.of(Problem.COMMON) : Optional.empty();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
