package dev.laurel.server.claims;

import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.issuing.IssuingEvents.CredentialIssued;
import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells the earner: when a credential is issued, a claim link valid for {@value #VALIDITY_DAYS} days is made and a
 * mail carrying it is queued, in the issuing transaction — so the earner hears of a credential exactly when it exists.
 */
@Component
class CredentialMail {

    static final int VALIDITY_DAYS = 90;
    static final Duration VALIDITY = Duration.ofDays(VALIDITY_DAYS);

    private final Claims claims;
    private final Badges badges;
    private final Organizations organizations;
    private final Outbox outbox;
    private final MailTemplates mails;
    private final LaurelSettings settings;
    private final Clock clock;

    CredentialMail(
            Claims claims,
            Badges badges,
            Organizations organizations,
            Outbox outbox,
            MailTemplates mails,
            LaurelSettings settings,
            Clock clock) {
        this.claims = claims;
        this.badges = badges;
        this.organizations = organizations;
        this.outbox = outbox;
        this.mails = mails;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void onCredentialIssued(CredentialIssued issued) {
        String token = Tokens.generate();
        Instant now = clock.instant();
        claims.add(Tokens.hash(token), issued.credentialId(), now, now.plus(VALIDITY));
        Badge badge = badges.find(issued.badgeId()).orElseThrow();
        Organization issuer = organizations.find(issued.organizationId()).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put("earner", issued.recipientName());
        variables.put("badge", badge.name());
        variables.put("description", badge.description());
        variables.put("issuer", issuer.name());
        variables.put("image", settings.url("/badges/" + badge.id() + "/image"));
        variables.put("claimLink", settings.url("/claim/" + token));
        variables.put("publicLink", settings.url("/c/" + issued.credentialId()));
        variables.put("days", VALIDITY_DAYS);
        outbox.enqueue(mails.render(
                "credential-issued",
                issued.recipientEmail(),
                LocaleContextHolder.getLocale(),
                variables,
                badge.name(),
                issuer.name()));
    }
}
