package dev.laurel.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The webhooks pages: adding an endpoint, its secret shown once, the delivery log, redelivery, and who may. */
class WebhookPagesTest extends ServerTest {

    private static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9+/=]{44}");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private WebhookHarness harness;

    @BeforeEach
    void harness() {
        harness = new WebhookHarness(jdbc, transactions);
    }

    @Test
    void anOwnerAddsAnEndpointSeesItsSecretOnceFollowsItsDeliveriesAndRedelivers() {
        try (Receiver receiver = new Receiver().answering(502)) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Paged University");
            Browser owner = issuer.owner().browser();
            String base = "/organizations/" + issuer.organizationId() + "/webhooks";
            assertThat(owner.get("/organizations/" + issuer.organizationId()).body())
                    .contains("href=\"" + base + "\"");
            assertThat(owner.get(base).body()).contains("No endpoints yet.").contains("credential.viewed");

            Browser.Page created = owner.post(base, form(receiver.url(), "Moodle", List.of("credential.issued")));
            assertThat(created.status()).isEqualTo(200);
            Matcher secret = SECRET.matcher(created.body());
            assertThat(secret.find()).as(created.body()).isTrue();
            UUID endpoint = jdbc.sql("select id from webhook_endpoints where organization_id = :org")
                    .param("org", issuer.organizationId())
                    .query(UUID.class)
                    .single();
            String list = owner.get(base).body();
            assertThat(list).contains(receiver.url()).contains("Moodle").doesNotContain("whsec_");
            assertThat(owner.get(base + "/" + endpoint).body())
                    .doesNotContain("whsec_")
                    .contains("Nothing has been sent to this endpoint yet.");

            Scenario.issue(issuer, Scenario.badge(issuer, "Pages", "di"), "Ada Lovelace", uniqueEmail("ada"));
            UUID delivery = harness.onlyDelivery(endpoint, "credential.issued");
            harness.attemptUntil(delivery, 2);
            String page = owner.get(base + "/" + endpoint).body();
            assertThat(page)
                    .contains("id=\"delivery-" + delivery + "\"")
                    .contains("data-state=\"delivered\"")
                    .contains(">502<")
                    .contains(">200<")
                    .contains("&quot;type&quot;:&quot;credential.issued&quot;");
            assertThat(WebhookHarness.signedBy(
                            secret.group(),
                            receiver.received().getLast().id(),
                            receiver.received().getLast().timestamp(),
                            receiver.received().getLast().body(),
                            receiver.received().getLast().signature()))
                    .isTrue();

            Browser.Page redelivered =
                    owner.post(base + "/" + endpoint + "/deliveries/" + delivery + "/redeliver", Map.of());
            assertThat(redelivered.body()).contains("A new attempt is queued");
            harness.attemptUntil(delivery, 3);
            assertThat(owner.get(base + "/" + endpoint).body()).contains(">manual<");

            assertThat(owner.get(base + "/" + endpoint).body())
                    .contains("action=\"" + base + "/" + endpoint + "/enabled\"")
                    .contains("name=\"enabled\" value=\"false\"")
                    .contains("action=\"" + base + "/" + endpoint + "/delete\"")
                    .contains(">Delete endpoint</button>");
            Browser.Page paused = owner.post(base + "/" + endpoint + "/enabled", Map.of("enabled", "false"));
            assertThat(paused.body()).contains("The endpoint is disabled").contains("name=\"enabled\" value=\"true\"");
            assertThat(enabled(endpoint)).isFalse();

            Browser.Page rotated = owner.post(base + "/" + endpoint + "/rotate", Map.of());
            Matcher next = SECRET.matcher(rotated.body());
            assertThat(next.find()).isTrue();
            assertThat(next.group()).isNotEqualTo(secret.group());

            owner.get(base + "/" + endpoint);
            Browser.Page deleted = owner.post(base + "/" + endpoint + "/delete", Map.of());
            assertThat(deleted.uri().getPath()).isEqualTo(base);
            assertThat(deleted.body()).contains("was deleted").contains("No endpoints yet.");
        }
    }

    @Test
    void aRefusedFormSaysWhichFieldAndKeepsWhatWasTyped() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Careful College");
        Browser owner = issuer.owner().browser();
        String base = "/organizations/" + issuer.organizationId() + "/webhooks";
        owner.get(base);
        Browser.Page insecure = owner.post(base, form("http://example.com/hook", "CRM", List.of("*")));
        assertThat(insecure.status()).isEqualTo(400);
        assertThat(insecure.body())
                .contains("The URL must use https.")
                .contains("value=\"http://example.com/hook\"")
                .contains("aria-invalid=\"true\"");
        Browser.Page noEvents = owner.post(base, form("https://example.com/hook", "CRM", List.of()));
        assertThat(noEvents.status()).isEqualTo(400);
        assertThat(noEvents.body()).contains("Choose at least one event, or all events.");
        assertThat(jdbc.sql("select count(*) from webhook_endpoints where organization_id = :org")
                        .param("org", issuer.organizationId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void membersOfOtherOrganizationsAndIssuersAreRefusedAndNothingChanges() {
        try (Receiver receiver = new Receiver()) {
            Scenario.Issuer victim = Scenario.issuer(port, jdbc, "Protected Institute");
            Browser owner = victim.owner().browser();
            String base = "/organizations/" + victim.organizationId() + "/webhooks";
            owner.get(base);
            owner.post(base, form(receiver.url(), "", List.of("*")));
            UUID endpoint = jdbc.sql("select id from webhook_endpoints where organization_id = :org")
                    .param("org", victim.organizationId())
                    .query(UUID.class)
                    .single();
            Scenario.issue(victim, Scenario.badge(victim, "Vault", "di"), "Ada", uniqueEmail("ada"));
            UUID delivery = harness.onlyDelivery(endpoint, "credential.issued");
            harness.attemptUntil(delivery, 1);

            Scenario.Issuer attacker = Scenario.issuer(port, jdbc, "Intruding College");
            Scenario.Person issuerMember = Scenario.signUp(port, jdbc, "Issuing Member");
            jdbc.sql("""
                            insert into memberships (organization_id, account_id, role, joined_at)
                            select :org, id, 'issuer', now() from accounts where email = :email
                            """)
                    .param("org", victim.organizationId())
                    .param("email", issuerMember.email())
                    .update();
            String before = snapshot(endpoint);
            String at = base + "/" + endpoint;
            for (Browser stranger : List.of(attacker.owner().browser(), issuerMember.browser())) {
                stranger.get("/dashboard");
                assertThat(stranger.get(base).status()).isEqualTo(403);
                assertThat(stranger.get(at).status()).isEqualTo(403);
                assertThat(stranger.post(base, form("https://attacker.example/x", "", List.of("*")))
                                .status())
                        .isEqualTo(403);
                assertThat(stranger.post(at, form("https://attacker.example/x", "", List.of("*")))
                                .status())
                        .isEqualTo(403);
                for (String action :
                        List.of("/enabled", "/rotate", "/delete", "/deliveries/" + delivery + "/redeliver")) {
                    assertThat(stranger.post(at + action, Map.of()).status())
                            .as(action)
                            .isEqualTo(403);
                }
            }
            assertThat(snapshot(endpoint)).isEqualTo(before);
            assertThat(jdbc.sql("select count(*) from webhook_endpoints where organization_id = :org")
                            .param("org", victim.organizationId())
                            .query(Long.class)
                            .single())
                    .isOne();
            assertThat(owner.get("/organizations/" + victim.organizationId() + "/webhooks/" + UUID.randomUUID())
                            .status())
                    .isEqualTo(404);
        }
    }

    private static Map<String, String> form(String url, String description, List<String> events) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("url", url);
        form.put("description", description);
        form.put("enabled", "true");
        // one field: Spring reads comma-separated values as a list, as it reads the page's repeated checkboxes
        if (!events.isEmpty()) {
            form.put("events", String.join(",", events));
        }
        return form;
    }

    private boolean enabled(UUID endpoint) {
        return jdbc.sql("select enabled from webhook_endpoints where id = :id")
                .param("id", endpoint)
                .query(Boolean.class)
                .single();
    }

    private String snapshot(UUID endpoint) {
        return jdbc.sql("""
                        select concat_ws('|', e.url, e.description, e.event_types, e.enabled,
                            encode(e.secret_ciphertext, 'hex'), e.updated_at,
                            (select string_agg(d.state || d.attempts || d.manual, ',') from webhook_deliveries d
                             where d.endpoint_id = e.id))
                        from webhook_endpoints e where e.id = :id
                        """).param("id", endpoint).query(String.class).single();
    }
}
