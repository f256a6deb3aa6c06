package dev.laurel.server.lifecycle;

import dev.laurel.server.claims.ClaimLinks;
import dev.laurel.server.issuing.LifecyclePolicy;
import dev.laurel.server.notifications.Mail;
import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.TemplatedMail;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.platform.LaurelSettings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reminder mails, in HTML and text: to accept (with a fresh claim link), before expiry (what renewal needs and a
 * link to it), and the issuer's weekly digest. Each carries its recipient's one-click unsubscribe link (RFC 8058).
 */
@Component
class ReminderMails {

    static final String ACCEPT = "reminder-accept";
    static final String EXPIRY = "reminder-expiry";
    static final String DIGEST = "expiry-digest";

    private static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(LOCALE)
            .withZone(ZoneOffset.UTC);

    private final MailTemplates templates;
    private final MessageSource messages;
    private final ClaimLinks claimLinks;
    private final Unsubscribes unsubscribes;
    private final LaurelSettings settings;

    ReminderMails(
            MailTemplates templates,
            MessageSource messages,
            ClaimLinks claimLinks,
            Unsubscribes unsubscribes,
            LaurelSettings settings) {
        this.templates = templates;
        this.messages = messages;
        this.claimLinks = claimLinks;
        this.unsubscribes = unsubscribes;
        this.settings = settings;
    }

    /**
     * The reminder to accept, with a new claim link made in the caller's transaction; rendered when sent, as mails
     * queued in bulk are.
     */
    TemplatedMail accept(DueCredentials.Candidate credential, Organization issuer, ReminderStep step) {
        Map<String, Object> variables = common(credential, issuer);
        variables.put("claimLink", claimLinks.create(credential.id()));
        variables.put("days", step.days());
        return queued(ACCEPT, credential.email(), variables, credential.badgeName(), issuer.name());
    }

    /** The reminder before expiry, saying what renewal needs under {@code policy}; rendered when sent. */
    TemplatedMail expiry(
            DueCredentials.Candidate credential, Organization issuer, ReminderStep step, LifecyclePolicy policy) {
        Map<String, Object> variables = common(credential, issuer);
        variables.put("validUntil", DATE.format(credential.validUntil()));
        variables.put("days", step.days());
        variables.put("renewal", renewal(policy, issuer));
        variables.put("renewLink", settings.url("/c/" + credential.id().value() + "/renew"));
        return queued(
                EXPIRY, credential.email(), variables, credential.badgeName(), DATE.format(credential.validUntil()));
    }

    /** One credential in the digest. */
    record Expiring(String earner, String email, String badge, Instant validUntil) {
        public String date() {
            return DATE.format(validUntil);
        }
    }

    /** The weekly digest of {@code organization}'s credentials expiring soon, to a member. */
    Mail digest(String to, Organization organization, List<Expiring> expiring) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("organization", organization.name());
        variables.put("expiring", expiring);
        variables.put("count", expiring.size());
        variables.put(
                "listLink", settings.url("/organizations/" + organization.id().value() + "/credentials"));
        variables.put(
                "settingsLink",
                settings.url("/organizations/" + organization.id().value() + "/members"));
        return mail(DIGEST, to, variables, expiring.size(), organization.name());
    }

    private Map<String, Object> common(DueCredentials.Candidate credential, Organization issuer) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("earner", credential.name());
        variables.put("badge", credential.badgeName());
        variables.put("issuer", issuer.name());
        variables.put("image", settings.url("/badges/" + credential.badgeId().value() + "/image"));
        variables.put("publicLink", settings.url("/c/" + credential.id().value()));
        return variables;
    }

    private String renewal(LifecyclePolicy policy, Organization issuer) {
        return switch (policy.renewalRule()) {
            case MANUAL ->
                messages.getMessage("mail.reminder-expiry.renewal.manual", new Object[] {issuer.name()}, LOCALE);
            case CREDITS ->
                messages.getMessage(
                        "mail.reminder-expiry.renewal.credits",
                        new Object[] {
                            policy.renewalCredits() == null
                                    ? "0"
                                    : policy.renewalCredits()
                                            .stripTrailingZeros()
                                            .toPlainString()
                        },
                        LOCALE);
            case REISSUE ->
                messages.getMessage("mail.reminder-expiry.renewal.reissue", new Object[] {issuer.name()}, LOCALE);
        };
    }

    private TemplatedMail queued(String kind, String to, Map<String, Object> variables, Object... subject) {
        variables.put("unsubscribeLink", unsubscribes.link(to));
        return new TemplatedMail(
                kind, to, templates.subject(kind, LOCALE, subject), LOCALE, variables, null, unsubscribes.headers(to));
    }

    private Mail mail(String kind, String to, Map<String, Object> variables, Object... subject) {
        variables.put("unsubscribeLink", unsubscribes.link(to));
        return templates.render(kind, to, LOCALE, variables, subject).withHeaders(unsubscribes.headers(to));
    }
}
