package dev.laurel.server.audit;

import dev.laurel.server.applications.ApplicationEvents.ApplicationDecided;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records reviewers' decisions on applications, in the decision's transaction: {@code application.decided}, naming the
 * application, the decision, the reviewer and, when it awarded the badge, the credential issued.
 */
@Component
class ApplicationTrail {

    private final AuditLog log;

    ApplicationTrail(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(ApplicationDecided event) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("application", event.applicationId().value());
        details.put("decision", event.decision());
        details.put("state", event.state().key());
        details.put("reviewer", event.reviewer());
        if (event.credentialId() != null) {
            details.put("credential", event.credentialId().value());
        }
        log.append(new AuditEntry(
                event.organizationId().value(),
                event.reviewerAccount(),
                "application.decided",
                event.badgeName(),
                details));
    }
}
