package dev.laurel.server.credentialendorsements;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.notifications.TokenLink;
import dev.laurel.server.platform.LaurelSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An earner asks someone to endorse their credentials: the request is kept, and the person asked is mailed a link that
 * works once, for {@link #LINK_VALIDITY}, whose token is stored only as its SHA-256. No tracking in the mail.
 */
@Service
class Asking {

    static final Duration LINK_VALIDITY = Duration.ofDays(30);

    /** What came of asking. */
    sealed interface Outcome {
        record Sent(UUID requestId) implements Outcome {}

        /** Refused: the error and the message key saying why. */
        record Refused(CredentialEndorsementError error, String messageKey) implements Outcome {}
    }

    private final EndorsementRequests requests;
    private final EarnerCredentials credentials;
    private final Outbox outbox;
    private final MailTemplates mails;
    private final LaurelSettings settings;
    private final Clock clock;
    private final int perDay;

    Asking(
            EndorsementRequests requests,
            EarnerCredentials credentials,
            Outbox outbox,
            MailTemplates mails,
            LaurelSettings settings,
            Clock clock,
            @Value("${laurel.endorsements.requests-per-day:20}") int perDay) {
        this.requests = requests;
        this.credentials = credentials;
        this.outbox = outbox;
        this.mails = mails;
        this.settings = settings;
        this.clock = clock;
        this.perDay = perDay;
    }

    @Transactional
    Outcome ask(LaurelUser earner, Ask ask, Locale locale) {
        String problem = ask.problem();
        if (problem != null) {
            return new Outcome.Refused(CredentialEndorsementError.INVALID_REQUEST, problem);
        }
        List<IssuedCredential> endorsed = new ArrayList<>();
        for (UUID id : ask.credentialIds()) {
            var held = credentials.held(earner.accountId(), earner.email(), id);
            if (held.isEmpty()) {
                return new Outcome.Refused(
                        CredentialEndorsementError.INVALID_REQUEST, "endorsement.ask.invalid.credentials");
            }
            endorsed.add(held.get());
        }
        if (requests.blocked(earner.accountId(), Addresses.hash(ask.endorserEmail()))) {
            return new Outcome.Refused(CredentialEndorsementError.BLOCKED, "endorsement.ask.blocked");
        }
        Instant now = clock.instant();
        if (requests.countSince(earner.accountId(), now.minus(Duration.ofDays(1))) >= perDay) {
            return new Outcome.Refused(CredentialEndorsementError.TOO_MANY_REQUESTS, "endorsement.ask.tooMany");
        }
        String token = Tokens.generate();
        UUID id = UUID.randomUUID();
        requests.add(
                new EndorsementRequests.Request(
                        id,
                        earner.accountId(),
                        ask.endorserName(),
                        ask.endorserEmail(),
                        ask.message(),
                        now,
                        now.plus(LINK_VALIDITY),
                        ask.credentialIds()),
                Tokens.hash(token));
        outbox.enqueue(mails.render(
                "endorsement-request",
                ask.endorserEmail(),
                locale,
                Map.of(
                        "endorser", ask.endorserName(),
                        "earner", earner.displayName(),
                        "message", ask.message(),
                        "badges",
                                endorsed.stream()
                                        .map(IssuedCredential::badgeName)
                                        .toList(),
                        "link", new TokenLink(settings.url("/endorse/" + token), token),
                        "days", LINK_VALIDITY.toDays()),
                earner.displayName()));
        return new Outcome.Sent(id);
    }
}
