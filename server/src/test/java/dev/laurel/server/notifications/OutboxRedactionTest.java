package dev.laurel.server.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.platform.FollowUps;
import dev.laurel.server.platform.LaurelSettings;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail's sign-in, claim, invitation and confirmation links work in the mail the recipient receives, but the outbox
 * keeps them only until the SMTP server accepted the mail: the stored row then holds the link without its token.
 */
class OutboxRedactionTest extends ServerTest {

    /** The token of a link Laurel mails: a claim, an invitation, or a {@code ?token=} link. */
    private static final Pattern TOKEN = Pattern.compile("(?:/claim/|/invitations/|token=)([A-Za-z0-9_-]{43})");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    FollowUps followUps;

    @Autowired
    JdbcTemplate script;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MailTemplates templates;

    @Autowired
    LaurelSettings settings;

    @Autowired
    Clock clock;

    @Autowired
    MeterRegistry metrics;

    @Autowired
    MailRate rate;

    @AfterEach
    void resume() {
        followUps.resume();
    }

    @Test
    void everyMailWithATokenLinkLeavesNoTokenInTheOutboxOnceSent() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Redaction College");
        kinds.put("verify-email", issuer.owner().email());

        Browser owner = issuer.owner().browser();
        String second = uniqueEmail("second-address");
        owner.get("/backpack/account");
        owner.post("/backpack/addresses", Map.of("email", second));
        kinds.put("confirm-address", second);

        String invitee = uniqueEmail("invitee");
        owner.get("/organizations/" + issuer.organizationId() + "/members");
        owner.post(
                "/organizations/" + issuer.organizationId() + "/invitations",
                Map.of("email", invitee, "role", "viewer"));
        kinds.put("invitation", invitee);

        Browser signIn = new Browser(port);
        signIn.get("/login");
        signIn.post("/login/link", Map.of("email", issuer.owner().email()));
        kinds.put("login-link", issuer.owner().email());

        String earner = uniqueEmail("earner");
        Scenario.issue(issuer, Scenario.badge(issuer, "Discretion", "di"), "Ada Earner", earner);
        kinds.put("credential-issued", earner);

        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Redaction Cohort College");
        UUID achievement = api.createAchievement("Cohort discretion", "di");
        List<String> cohort = List.of(uniqueEmail("cohort-a"), uniqueEmail("cohort-b"));
        assertThat(api.send(
                                "POST",
                                "/api/v1/achievements/" + achievement + "/bulk",
                                "[" + row(cohort.get(0)) + "," + row(cohort.get(1)) + "]")
                        .status())
                .isEqualTo(202);

        List<String> checked = new ArrayList<>();
        kinds.forEach((kind, to) -> checked.add(assertRedacted(kind, to)));
        cohort.forEach(to -> checked.add(assertRedacted("credential-issued", to)));
        assertThat(checked).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void theDevOutboxShowsAnUndeliveredMailsLinkAndTheDeliveredMailWithoutIt() throws Exception {
        Scenario.Person person = Scenario.signUp(port, jdbc, "Outbox Reader");
        followUps.pause();
        Browser signIn = new Browser(port);
        signIn.get("/login");
        signIn.post("/login/link", Map.of("email", person.email()));
        UUID id = jdbc.sql("select id from mail_outbox where recipient = :to and kind = 'login-link'")
                .param("to", person.email())
                .query(UUID.class)
                .single();
        Browser developer = new Browser(port);

        String pending = developer.get("/dev/mail/" + id).body();
        Matcher link = TOKEN.matcher(pending);
        assertThat(link.find()).as(pending).isTrue();
        String token = link.group(1);
        assertThat(developer.get("/dev/mail/" + id + "/html").body()).contains(token);
        java.net.http.HttpResponse<Void> framed = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/dev/mail/" + id + "/html"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(framed.headers().allValues("X-Frame-Options"))
                .as("the mail page frames it")
                .containsExactly("SAMEORIGIN");

        followUps.resume();
        MimeMessage received = await(person.email(), "login-link");
        assertThat(Mails.text(received)).contains("/login/link/open?token=" + token);
        awaitSent(id);

        assertThat(developer.get("/dev/mail/" + id).body())
                .doesNotContain(token)
                .contains("/login/link/open?token=[removed after sending]");
        assertThat(developer.get("/dev/mail/" + id + "/html").body())
                .doesNotContain(token)
                .contains("/login/link/open?token=[removed after sending]");
    }

    @Test
    void aMailDeliveredToTheDevOutboxPageOnlyKeepsItsLinkThere() {
        Scenario.Person person = Scenario.signUp(port, jdbc, "Offline Developer");
        followUps.pause();
        Browser signIn = new Browser(port);
        signIn.get("/login");
        signIn.post("/login/link", Map.of("email", person.email()));
        UUID id = jdbc.sql("select id from mail_outbox where recipient = :to and kind = 'login-link'")
                .param("to", person.email())
                .query(UUID.class)
                .single();
        String token = jdbc.sql("select tokens[1] from mail_outbox where id = :id")
                .param("id", id)
                .query(String.class)
                .single();

        withoutSmtp().deliver(id);

        assertThat(jdbc.sql("select delivered_via from mail_outbox where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("outbox");
        assertThat(new Browser(port).get("/dev/mail/" + id).body()).contains("/login/link/open?token=" + token);
    }

    @Test
    void theMigrationRemovesTheTokensOfMailsSentBeforeItAndListsThoseOfMailsWaiting() throws Exception {
        String signIn = Tokens.generate();
        String invitation = Tokens.generate();
        String claim = Tokens.generate();
        String waiting = Tokens.generate();
        String queuedInBulk = Tokens.generate();
        String developer = Tokens.generate();
        UUID sent = legacy(
                "smtp",
                "Sign in: https://laurel.example/login/link/open?token=" + signIn,
                "<a href=\"https://laurel.example/invitations/" + invitation + "\">Accept</a>",
                "{\"claimLink\": \"https://laurel.example/claim/" + claim + "\"}");
        UUID unsent = legacy(null, "Claim: https://laurel.example/claim/" + waiting, null, null);
        UUID bulk = legacy(null, null, null, "{\"claimLink\": \"https://laurel.example/claim/" + queuedInBulk + "\"}");
        UUID devOnly =
                legacy("outbox", "Sign in: https://laurel.example/login/link/open?token=" + developer, null, null);
        try {
            script.execute(new String(
                    new ClassPathResource("db/migration/V16__notifications_redact_tokens.sql")
                            .getInputStream()
                            .readAllBytes(),
                    StandardCharsets.UTF_8));

            for (String token : List.of(signIn, invitation, claim)) {
                assertThat(jdbc.sql("select count(*) from mail_outbox m where strpos(m::text, :token) > 0")
                                .param("token", token)
                                .query(Long.class)
                                .single())
                        .isZero();
            }
            assertThat(jdbc.sql("select text_body || html_body from mail_outbox where id = :id")
                            .param("id", sent)
                            .query(String.class)
                            .single())
                    .isEqualTo("Sign in: https://laurel.example/login/link/open?token=[removed after sending]"
                            + "<a href=\"https://laurel.example/invitations/[removed after sending]\">Accept</a>");
            assertThat(tokens(unsent)).containsExactly(waiting);
            assertThat(tokens(bulk)).containsExactly(queuedInBulk);
            assertThat(jdbc.sql("select text_body from mail_outbox where id = :id")
                            .param("id", devOnly)
                            .query(String.class)
                            .single())
                    .contains(developer);
        } finally {
            jdbc.sql("delete from mail_outbox where id = any(:ids)")
                    .param("ids", new UUID[] {sent, unsent, bulk, devOnly})
                    .update();
        }
    }

    /** A mail as the outbox stored it before V16: sent by {@code via}, or waiting when null. */
    private UUID legacy(String via, String text, String html, String variables) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into mail_outbox (id, recipient, subject, text_body, html_body, kind, created_at,
                                                 next_attempt_at, sent_at, delivered_via, variables, locale)
                        values (:id, :to, 'Before V16', :text, :html, 'legacy', now(), now(),
                                case when cast(:via as text) is null then null else now() end, :via,
                                cast(:variables as jsonb), 'en')
                        """)
                .param("id", id)
                .param("to", uniqueEmail("legacy"))
                .param("text", text)
                .param("html", html)
                .param("via", via)
                .param("variables", variables)
                .update();
        return id;
    }

    private List<String> tokens(UUID id) {
        return jdbc.sql("select unnest(tokens) from mail_outbox where id = :id")
                .param("id", id)
                .query(String.class)
                .list();
    }

    /** This application's mail sender, as on a development start without an SMTP server. */
    private OutboxSender withoutSmtp() {
        return new OutboxSender(
                jdbc,
                transactions,
                new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class),
                templates,
                settings,
                clock,
                metrics,
                rate,
                Duration.ofSeconds(1),
                Duration.ofSeconds(4));
    }

    /** The token of the mail {@code kind} GreenMail received for {@code to}, found nowhere in the outbox. */
    private String assertRedacted(String kind, String to) {
        MimeMessage received = await(to, kind);
        Matcher link = TOKEN.matcher(Mails.text(received));
        assertThat(link.find()).as(kind + " mail carries a token link").isTrue();
        String token = link.group(1);
        UUID id = jdbc.sql("select id from mail_outbox where lower(recipient) = lower(:to) and kind = :kind")
                .param("to", to)
                .param("kind", kind)
                .query(UUID.class)
                .single();
        awaitSent(id);
        assertThat(jdbc.sql("select count(*) from mail_outbox m where strpos(m::text, :token) > 0")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .as("rows of the outbox holding the %s token", kind)
                .isZero();
        assertThat(jdbc.sql("select text_body || html_body from mail_outbox where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("the %s mail keeps its link, without the token", kind)
                .contains(link.group().replace(token, "[removed after sending]"));
        return token;
    }

    private static MimeMessage await(String to, String kind) {
        String subject =
                switch (kind) {
                    case "verify-email" -> "Confirm your email";
                    case "confirm-address" -> "Confirm this address";
                    case "invitation" -> "You are invited";
                    case "login-link" -> "sign-in link";
                    default -> "You have earned";
                };
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<MimeMessage> found = mailsTo(to, m -> Mails.subject(m).contains(subject));
        while (found.isEmpty() && System.nanoTime() < deadline) {
            found = mailsTo(to, m -> Mails.subject(m).contains(subject));
        }
        assertThat(found).as("%s mail to %s", kind, to).isNotEmpty();
        return found.getLast();
    }

    private void awaitSent(UUID id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!sent(id) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(sent(id)).as("mail %s marked sent", id).isTrue();
    }

    private boolean sent(UUID id) {
        return jdbc.sql("select sent_at is not null from mail_outbox where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private static String row(String email) {
        return "{\"recipient\": {\"email\": \"" + email + "\", \"name\": \"Cohort Earner\"}}";
    }
}
