package dev.laurel.server.applications;

import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.notifications.TokenLink;
import dev.laurel.server.platform.LaurelSettings;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The mails of expert review, queued in the step's transaction: submitted (to the organization or the reviewers), an
 * outside expert's link, and the earner's changes requested, approved, declined. No tracking, plain links.
 */
@Component
class ApplicationMail {

    private final Outbox outbox;
    private final MailTemplates mails;
    private final LaurelSettings settings;

    ApplicationMail(Outbox outbox, MailTemplates mails, LaurelSettings settings) {
        this.outbox = outbox;
        this.mails = mails;
        this.settings = settings;
    }

    /** Tells a member reviewer (or the organization's address) that a submission waits for them. */
    void submitted(String to, Application application, String issuer) {
        Map<String, Object> variables = variables(application, issuer);
        variables.put(
                "link",
                settings.url("/organizations/" + application.organizationId() + "/applications/" + application.id()));
        send("application-submitted", to, variables, application.badgeName());
    }

    /** Sends an outside expert their single-use link to review the latest submission. */
    void invited(String to, String name, Application application, String issuer, String token, int days) {
        Map<String, Object> variables = variables(application, issuer);
        variables.put("reviewer", name);
        variables.put("days", days);
        variables.put("link", new TokenLink(settings.url("/review/" + token), token));
        send("application-invitation", to, variables, issuer, application.badgeName());
    }

    /** Tells the earner what was decided: changes requested (with the comment), approved, declined (with reason). */
    void decided(Application application, String issuer) {
        if (application.earnerEmail() == null) {
            return;
        }
        Map<String, Object> variables = variables(application, issuer);
        String kind =
                switch (application.state()) {
                    case CHANGES_REQUESTED -> "application-changes";
                    case APPROVED -> "application-approved";
                    case DECLINED -> "application-declined";
                    case SUBMITTED -> throw new IllegalArgumentException("not decided");
                };
        variables.put(
                "link",
                application.credentialId() != null
                        ? settings.url("/c/" + application.credentialId())
                        : settings.url("/applications/" + application.id()));
        send(kind, application.earnerEmail(), variables, application.badgeName(), issuer);
    }

    private static Map<String, Object> variables(Application application, String issuer) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("earner", application.earnerName());
        variables.put("badge", application.badgeName());
        variables.put("issuer", issuer);
        variables.put("reason", application.reason());
        return variables;
    }

    private void send(String kind, String to, Map<String, Object> variables, Object... subject) {
        outbox.enqueue(mails.render(kind, to, LocaleContextHolder.getLocale(), variables, subject));
    }
}
