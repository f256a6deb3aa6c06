package dev.laurel.server.pathways;

import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells earners they completed a group of steps (a level), unless they turned these mails off: one mail per earner and
 * evaluation, queued in its transaction. A requirement met is not mailed: its own credential's mail says so.
 */
@Component
class StepMail {

    /** What one earner completed in one evaluation. */
    record Completed(String email, List<Step.Group> groups, int percent, String next) {}

    private final Outbox outbox;
    private final MailTemplates templates;
    private final Organizations organizations;
    private final LaurelSettings settings;
    private final JdbcClient jdbc;

    StepMail(
            Outbox outbox,
            MailTemplates templates,
            Organizations organizations,
            LaurelSettings settings,
            JdbcClient jdbc) {
        this.outbox = outbox;
        this.templates = templates;
        this.organizations = organizations;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    void completed(Pathway pathway, StepNames.Names names, List<Completed> completions) {
        if (completions.isEmpty()) {
            return;
        }
        Set<String> optedOut = Set.copyOf(jdbc.sql("select email from pathway_mail_optouts where email in (:emails)")
                .param("emails", completions.stream().map(Completed::email).toList())
                .query(String.class)
                .list());
        String issuer = organizations
                .find(pathway.organizationId())
                .map(Organization::name)
                .orElse("");
        for (Completed completed : completions) {
            if (optedOut.contains(completed.email())) {
                continue;
            }
            String steps = completed.groups().stream().map(names::of).collect(Collectors.joining(", "));
            Map<String, Object> variables = new HashMap<>();
            variables.put("step", steps);
            variables.put("pathway", pathway.name());
            variables.put("issuer", issuer);
            variables.put("percent", completed.percent());
            variables.put("next", completed.next());
            variables.put("pathwaysLink", settings.url("/backpack/pathways"));
            outbox.enqueue(templates
                    .render(
                            "pathway-step",
                            completed.email(),
                            LocaleContextHolder.getLocale(),
                            variables,
                            steps,
                            pathway.name())
                    .from(issuer));
        }
    }
}
