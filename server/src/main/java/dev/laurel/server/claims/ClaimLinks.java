package dev.laurel.server.claims;

import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.notifications.TokenLink;
import dev.laurel.server.platform.LaurelSettings;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fresh claim links for mails other than the issued one (a reminder to accept): valid as long as the issued mail's,
 * only the token's SHA-256 stored. Thread-safe.
 */
@Service
public class ClaimLinks {

    private final Claims claims;
    private final LaurelSettings settings;
    private final Clock clock;

    ClaimLinks(Claims claims, LaurelSettings settings, Clock clock) {
        this.claims = claims;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new claim link for the credential, stored in the caller's transaction: the link the mail carries. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TokenLink create(CredentialId credentialId) {
        String token = Tokens.generate();
        Instant now = clock.instant();
        claims.add(Tokens.hash(token), credentialId.value(), now, now.plus(CredentialMail.VALIDITY));
        return new TokenLink(settings.url("/claim/" + token), token);
    }
}
