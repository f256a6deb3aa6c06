package dev.laurel.server.lifecycle;

import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Tells the earner what the issuer decided on their request, in the deciding transaction: HTML and text. */
@Component
class RenewalMail {

    private final Outbox outbox;
    private final MailTemplates mails;
    private final Organizations organizations;
    private final LaurelSettings settings;

    RenewalMail(Outbox outbox, MailTemplates mails, Organizations organizations, LaurelSettings settings) {
        this.outbox = outbox;
        this.mails = mails;
        this.organizations = organizations;
        this.settings = settings;
    }

    /** Queues the mail for the decided {@code request}; nothing when its earner deleted their account. */
    void decided(RenewalRequest request) {
        if (request.recipientEmail() == null) {
            return;
        }
        String issuer =
                organizations.find(request.organizationId()).orElseThrow().name();
        String kind = request.status() == RenewalRequest.Status.APPROVED ? "renewal-approved" : "renewal-declined";
        Map<String, Object> variables = new HashMap<>();
        variables.put("earner", request.recipientName());
        variables.put("badge", request.badgeName());
        variables.put("issuer", issuer);
        variables.put("reason", request.reason());
        variables.put("credentialLink", settings.url("/c/" + request.credentialId()));
        variables.put("renewalLink", request.renewalId() == null ? null : settings.url("/c/" + request.renewalId()));
        variables.put("renewLink", settings.url("/c/" + request.credentialId() + "/renew"));
        outbox.enqueue(mails.render(
                kind,
                request.recipientEmail(),
                LocaleContextHolder.getLocale(),
                variables,
                request.badgeName(),
                issuer));
    }
}
