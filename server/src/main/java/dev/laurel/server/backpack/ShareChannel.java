package dev.laurel.server.backpack;

import java.util.Arrays;
import java.util.Optional;

/** The ways a credential is shared from the backpack, by the key shares are recorded and announced with. */
enum ShareChannel {
    LINKEDIN("linkedin"),
    LINKEDIN_FEED("linkedin-feed"),
    X("x"),
    FACEBOOK("facebook"),
    EMAIL_SIGNATURE("email-signature"),
    EMBED("embed"),
    IFRAME("iframe"),
    QR("qr"),
    LINK("link");

    private final String key;

    ShareChannel(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static Optional<ShareChannel> parse(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
