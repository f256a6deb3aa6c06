package dev.laurel.server.claims;

import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.issuing.IssuingEvents.CredentialsIssued;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.notifications.MailAttachments;
import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.Markdown;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.notifications.TemplatedMail;
import dev.laurel.server.notifications.TokenLink;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.platform.LinkedInCertification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells the earner: when a credential is issued, a claim link valid for {@value #VALIDITY_DAYS} days is made and a
 * mail carrying it is queued, in the issuing transaction — so the earner hears of a credential exactly when it exists.
 * The mail comes in the issuer's name, with the badge image, the issuer's message, a "View and share" button to the
 * claim link and LinkedIn's "Add to profile" link filled in. It names the credential's certificate as its attachment
 * ({@link MailAttachments}): the certificates module attaches it when the badge's design says so.
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
    private final LifecyclePolicies policies;
    private final MessageSource messages;
    private final LaurelSettings settings;
    private final Clock clock;

    CredentialMail(
            Claims claims,
            Badges badges,
            Organizations organizations,
            Outbox outbox,
            MailTemplates mails,
            LifecyclePolicies policies,
            MessageSource messages,
            LaurelSettings settings,
            Clock clock) {
        this.policies = policies;
        this.messages = messages;
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
        send(issued.organizationId(), issued.badgeId(), issued.credentials());
    }

    /**
     * The issued mail to each of {@code earners} of one badge, with a new claim link each, in the caller's transaction:
     * for credentials just issued, and again for those not accepted yet ({@link IssuedMails#resend}).
     */
    void send(OrganizationId organizationId, BadgeId badgeId, List<CredentialsIssued.Recipient> earners) {
        Instant now = clock.instant();
        Badge badge = badges.find(badgeId).orElseThrow();
        Organization issuer = organizations.find(organizationId).orElseThrow();
        String message = policies.of(organizationId, badgeId).issuedMessage();
        Locale locale = LocaleContextHolder.getLocale();
        String subject = mails.subject("credential-issued", locale, badge.name(), issuer.name());
        String sender = messages.getMessage("mail.credential-issued.sender", new Object[] {issuer.name()}, locale);
        List<Claims.NewClaim> links = new ArrayList<>(earners.size());
        List<TemplatedMail> queued = new ArrayList<>(earners.size());
        for (CredentialsIssued.Recipient recipient : earners) {
            String token = Tokens.generate();
            links.add(new Claims.NewClaim(
                    Tokens.hash(token), recipient.credentialId().value()));
            queued.add(new TemplatedMail(
                    "credential-issued",
                    recipient.email(),
                    subject,
                    locale,
                    variables(badge, issuer, recipient, token, message),
                    sender,
                    java.util.Map.of(MailAttachments.HEADER, "certificate:" + recipient.credentialId())));
        }
        claims.addAll(links, now, now.plus(VALIDITY));
        if (queued.size() == 1) {
            TemplatedMail mail = queued.getFirst();
            outbox.enqueue(mails.render(mail.kind(), mail.to(), locale, mail.variables(), badge.name(), issuer.name())
                    .from(sender)
                    .withHeaders(mail.headers()));
        } else {
            outbox.enqueueAll(queued);
        }
    }

    private Map<String, Object> variables(
            Badge badge, Organization issuer, CredentialsIssued.Recipient recipient, String token, String message) {
        String publicLink = settings.url("/c/" + recipient.credentialId());
        Map<String, Object> variables = new HashMap<>();
        variables.put("earner", recipient.name());
        variables.put("badge", badge.name());
        variables.put("description", badge.description());
        variables.put("issuer", issuer.name());
        variables.put("image", settings.url("/badges/" + badge.id() + "/image"));
        if (issuer.hasImage()) {
            variables.put("logo", settings.url("/issuers/" + issuer.id() + "/image"));
        }
        variables.put("claimLink", new TokenLink(settings.url("/claim/" + token), token));
        variables.put("publicLink", publicLink);
        variables.put(
                "linkedIn",
                new LinkedInCertification(
                                badge.name(),
                                issuer.name(),
                                issuer.linkedinOrganizationId(),
                                recipient.issuedAt(),
                                recipient.validUntil(),
                                publicLink,
                                recipient.credentialId().toString())
                        .url());
        if (message != null && !message.isBlank()) {
            variables.put("messageHtml", Markdown.html(message));
            variables.put("messageText", Markdown.text(message));
        }
        variables.put("days", VALIDITY_DAYS);
        return variables;
    }
}
