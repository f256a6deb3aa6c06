package dev.laurel.server.claims;

import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.issuing.IssuingEvents.CredentialsIssued;
import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.notifications.TemplatedMail;
import dev.laurel.server.notifications.TokenLink;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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

    /**
     * Credentials issued, one or a batch: a claim link each, in one batch. A single credential's mail is rendered now
     * and goes ahead of a cohort's; a batch's mails are queued to be rendered when sent (the bodies are the same
     * template with the same variables), after mails queued singly.
     */
    @EventListener
    void on(CredentialsIssued issued) {
        Instant now = clock.instant();
        Badge badge = badges.find(issued.badgeId()).orElseThrow();
        Organization issuer = organizations.find(issued.organizationId()).orElseThrow();
        Locale locale = LocaleContextHolder.getLocale();
        String subject = mails.subject("credential-issued", locale, badge.name(), issuer.name());
        List<Claims.NewClaim> links = new ArrayList<>(issued.credentials().size());
        List<TemplatedMail> queued = new ArrayList<>(issued.credentials().size());
        for (CredentialsIssued.Recipient recipient : issued.credentials()) {
            String token = Tokens.generate();
            links.add(new Claims.NewClaim(
                    Tokens.hash(token), recipient.credentialId().value()));
            queued.add(new TemplatedMail(
                    "credential-issued",
                    recipient.email(),
                    subject,
                    locale,
                    variables(
                            badge,
                            issuer,
                            recipient.name(),
                            token,
                            recipient.credentialId().value())));
        }
        claims.addAll(links, now, now.plus(VALIDITY));
        if (queued.size() == 1) {
            TemplatedMail mail = queued.getFirst();
            outbox.enqueue(mails.render(mail.kind(), mail.to(), locale, mail.variables(), badge.name(), issuer.name()));
        } else {
            outbox.enqueueAll(queued);
        }
    }

    private Map<String, Object> variables(
            Badge badge, Organization issuer, String earner, String token, UUID credentialId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("earner", earner);
        variables.put("badge", badge.name());
        variables.put("description", badge.description());
        variables.put("issuer", issuer.name());
        variables.put("image", settings.url("/badges/" + badge.id() + "/image"));
        variables.put("claimLink", new TokenLink(settings.url("/claim/" + token), token));
        variables.put("publicLink", settings.url("/c/" + credentialId));
        variables.put("days", VALIDITY_DAYS);
        return variables;
    }
}
