package dev.laurel.server.credentialendorsements;

import dev.laurel.server.accounts.Tokens;
import java.util.Locale;

/** How an address asked is kept once only its hash may be: the SHA-256 of it stripped and lower-cased. */
final class Addresses {

    private Addresses() {}

    static String hash(String email) {
        return Tokens.hash(email.strip().toLowerCase(Locale.ROOT));
    }
}
