package dev.laurel.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Images;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every issuer endpoint — every mapping under {@code /organizations/{id}} the application has, found by asking Spring,
 * so new endpoints are covered without editing this test — called by an owner of another organization: each is
 * refused with 403, and no table changes.
 */
class TenantIsolationTest extends ServerTest {

    private static final Set<String> TABLES = Set.of(
            "organizations",
            "memberships",
            "invitations",
            "signing_keys",
            "vc_api_issuers",
            "api_keys",
            "badges",
            "credentials",
            "status_lists",
            "mail_outbox",
            "hook_mappings",
            "hook_events",
            "hook_receipts",
            "bulk_jobs",
            "bulk_rows",
            "bulk_problems",
            "certificate_seal_uploads");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void refusesEveryIssuerEndpointToMembersOfAnotherOrganization() {
        Scenario.Issuer victim = Scenario.issuer(port, jdbc, "Victim University");
        Ids ids = seed(victim);
        Scenario.Issuer attacker = Scenario.issuer(port, jdbc, "Attacker College");
        Browser browser = attacker.owner().browser();
        browser.get("/organizations/" + attacker.organizationId());
        awaitEarlierTestsAwards();

        Map<String, Long> before = counts();
        String snapshot = snapshot(victim.organizationId());
        List<String> checked = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/organizations/{id}")) {
                    continue;
                }
                String path = ids.fill(pattern);
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                boolean post = methods.contains(RequestMethod.POST);
                Browser.Page page = post ? browser.post(path, ids.form()) : browser.get(path);
                assertThat(page.status()).as((post ? "POST " : "GET ") + path).isEqualTo(403);
                checked.add((post ? "POST " : "GET ") + pattern);
            }
        }
        assertThat(browser.postMultipart(
                                "/bulk-uploads/" + ids.organization() + "/" + ids.badge(),
                                Map.of(),
                                "file",
                                "hijack.csv",
                                "text/csv",
                                "email,name\nattacker@example.com,Attacker\n".getBytes(StandardCharsets.UTF_8))
                        .status())
                .as("the bulk upload servlet")
                .isEqualTo(403);
        assertThat(checked).as("issuer endpoints found").hasSizeGreaterThan(15);
        assertThat(counts()).isEqualTo(before);
        assertThat(snapshot(victim.organizationId())).isEqualTo(snapshot);
    }

    /** Real ids in the victim organization, so every path reaches its handler. */
    private record Ids(UUID organization, UUID badge, UUID credential, UUID member, UUID hookMapping, UUID bulkJob) {

        String fill(String pattern) {
            return pattern.replace("{id}", organization.toString())
                    .replace("{badgeId}", badge.toString())
                    .replace("{credentialId}", credential.toString())
                    .replace("{accountId}", member.toString())
                    .replace("{mappingId}", hookMapping.toString())
                    .replace("{jobId}", bulkJob.toString())
                    .replace("{action:revoke|suspend|reinstate}", "revoke")
                    .replaceAll("\\{[^}]+}", "x");
        }

        Map<String, String> form() {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("action", "revoke");
            form.put("credential", credential.toString());
            form.put("name", "Hijacked");
            form.put("description", "Hijacked");
            form.put("criteriaNarrative", "Hijacked");
            form.put("proofFormat", "di");
            form.put("email", "attacker@example.com");
            form.put("role", "owner");
            form.put("reason", "hijack");
            form.put("recipientName", "Attacker");
            form.put("recipientEmail", "attacker@example.com");
            return form;
        }
    }

    private Ids seed(Scenario.Issuer victim) {
        Browser owner = victim.owner().browser();
        String badges = "/organizations/" + victim.organizationId() + "/badges";
        owner.get(badges + "/new");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Protected");
        fields.put("description", "Protected badge.");
        fields.put("criteriaNarrative", "Earn it.");
        fields.put("achievementType", "Badge");
        fields.put("proofFormat", "di");
        String badgePath = owner.postMultipart(badges, fields, "image", "b.png", "image/png", Images.png(100, 100))
                .uri()
                .getPath();
        UUID badge = UUID.fromString(badgePath.substring(badgePath.lastIndexOf('/') + 1));
        owner.get(badges + "/" + badge + "/issue");
        String credentialPath = owner.post(
                        badges + "/" + badge + "/issue",
                        Map.of("recipientName", "Earner", "recipientEmail", uniqueEmail("earner")))
                .uri()
                .getPath();
        UUID credential = UUID.fromString(credentialPath.substring(credentialPath.lastIndexOf('/') + 1));
        UUID member = jdbc.sql("select account_id from memberships where organization_id = :org")
                .param("org", victim.organizationId())
                .query(UUID.class)
                .single();
        String hooks = "/organizations/" + victim.organizationId() + "/hooks";
        owner.get(hooks);
        String hookPath = owner.post(
                        hooks,
                        Map.of(
                                "name", "Protected hook",
                                "achievementId", badge.toString(),
                                "eventId", "/id",
                                "recipientEmail", "/email",
                                "enabled", "true"))
                .uri()
                .getPath();
        UUID hookMapping = UUID.fromString(hookPath.substring(hookPath.lastIndexOf('/') + 1));
        owner.get(badges + "/" + badge + "/bulk");
        String jobPath = owner.postMultipart(
                        "/bulk-uploads/" + victim.organizationId() + "/" + badge,
                        Map.of(),
                        "file",
                        "cohort.csv",
                        "text/csv",
                        ("email,name\n" + uniqueEmail("cohort") + ",Cohort Member\n").getBytes(StandardCharsets.UTF_8))
                .uri()
                .getPath();
        assertThat(jobPath).as("the victim's bulk job").contains("/bulk/");
        UUID bulkJob = UUID.fromString(jobPath.substring(jobPath.lastIndexOf('/') + 1));
        return new Ids(victim.organizationId(), badge, credential, member, hookMapping, bulkJob);
    }

    /**
     * Milestones earlier tests' earners reached are issued as follow-up work, mail included: let it finish, so the
     * counts below see only what the attack does.
     */
    private void awaitEarlierTestsAwards() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline
                && jdbc.sql("select count(*) from scheduled_tasks where task_name like 'pathway-%' "
                                        + "and execution_time <= now() + interval '10 seconds'")
                                .query(Long.class)
                                .single()
                        > 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private String snapshot(UUID organization) {
        return jdbc.sql("""
                        select concat_ws('|', o.name, o.description,
                            (select string_agg(role, ',' order by role) from memberships where organization_id = o.id),
                            (select string_agg(name || description, ',' order by name) from badges
                                where organization_id = o.id),
                            (select string_agg(state, ',') from credentials where organization_id = o.id),
                            (select string_agg(fragment || coalesce(retired_at::text, ''), ',') from signing_keys
                                where organization_id = o.id),
                            (select string_agg(name || email_pointer || enabled, ',') from hook_mappings
                                where organization_id = o.id))
                        from organizations o where o.id = :org
                        """).param("org", organization).query(String.class).single();
    }
}
