package dev.laurel.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.ServerTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    /** A person with a confirmed address, logged in. */
    private record Person(Browser browser, String email, UUID accountId) {}

    private Person signUp(String name) {
        String email = uniqueEmail(name.toLowerCase());
        Browser browser = new Browser(port);
        browser.get("/signup");
        browser.post(
                "/signup",
                Map.of(
                        "name",
                        name,
                        "email",
                        email,
                        "password",
                        "correct horse battery",
                        "confirmation",
                        "correct horse battery"));
        // Sign-up answers "check your mail" and logs nobody in: log in with the password.
        browser.post("/login", Map.of("email", email, "password", "correct horse battery"));
        jdbc.sql("update accounts set email_verified_at = now() where email = :email")
                .param("email", email)
                .update();
        UUID id = jdbc.sql("select id from accounts where email = :email")
                .param("email", email)
                .query(UUID.class)
                .single();
        return new Person(browser, email, id);
    }

    private UUID createOrganization(Person owner, String name) {
        owner.browser().get("/organizations/new");
        Browser.Page page = owner.browser()
                .post("/organizations", Map.of("name", name, "url", "", "email", owner.email(), "description", ""));
        String path = page.uri().getPath();
        assertThat(path).startsWith("/organizations/");
        return UUID.fromString(path.substring("/organizations/".length()));
    }

    /** Invites {@code who} with {@code role} and has them accept through the mailed link. */
    private void join(UUID organization, Person owner, Person who, String role) throws Exception {
        owner.browser().get("/organizations/" + organization + "/members");
        owner.browser()
                .post("/organizations/" + organization + "/invitations", Map.of("email", who.email(), "role", role));
        String link = invitation(who.email());
        who.browser().get(link);
        Browser.Page joined = who.browser().post(link, Map.of());
        assertThat(joined.uri().getPath()).isEqualTo("/organizations/" + organization);
    }

    /** The path of the invitation link in the last invitation mailed to {@code email}. */
    private String invitation(String email) {
        String text = Mails.text(mailsTo(email, m -> Mails.subject(m).startsWith("You are invited"))
                .getLast());
        Matcher link = Pattern.compile("/invitations/[A-Za-z0-9_-]+").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group();
    }

    private long count(UUID organization, String action) {
        return jdbc.sql("select count(*) from audit_log where organization_id = :org and action = :action")
                .param("org", organization)
                .param("action", action)
                .query(Long.class)
                .single();
    }

    private UUID actor(UUID organization, String action) {
        return jdbc.sql("select actor_account_id from audit_log where organization_id = :org and action = :action "
                        + "order by id desc limit 1")
                .param("org", organization)
                .param("action", action)
                .query(UUID.class)
                .single();
    }

    @Test
    void recordsCreatingInvitingAndChangingARoleOnceEachWithTheActor() throws Exception {
        Person owner = signUp("Ada");
        UUID organization = createOrganization(owner, "Analytical Society");
        assertThat(count(organization, "organization.created")).isEqualTo(1);
        assertThat(actor(organization, "organization.created")).isEqualTo(owner.accountId());

        Person grace = signUp("Grace");
        owner.browser().get("/organizations/" + organization + "/members");
        owner.browser()
                .post(
                        "/organizations/" + organization + "/invitations",
                        Map.of("email", grace.email(), "role", "issuer"));
        assertThat(count(organization, "member.invited")).isEqualTo(1);
        assertThat(actor(organization, "member.invited")).isEqualTo(owner.accountId());
        assertThat(jdbc.sql("select subject || ' ' || (details->>'role') from audit_log "
                                + "where organization_id = :org and action = 'member.invited'")
                        .param("org", organization)
                        .query(String.class)
                        .single())
                .isEqualTo(grace.email() + " issuer");

        String link = invitation(grace.email());
        grace.browser().get(link);
        grace.browser().post(link, Map.of());
        assertThat(count(organization, "member.joined")).isEqualTo(1);
        assertThat(actor(organization, "member.joined")).isEqualTo(grace.accountId());

        long before = jdbc.sql("select count(*) from audit_log where organization_id = :org")
                .param("org", organization)
                .query(Long.class)
                .single();
        owner.browser().get("/organizations/" + organization + "/members");
        owner.browser()
                .post("/organizations/" + organization + "/members/" + grace.accountId(), Map.of("role", "admin"));
        assertThat(count(organization, "member.role-changed")).isEqualTo(1);
        assertThat(actor(organization, "member.role-changed")).isEqualTo(owner.accountId());
        assertThat(jdbc.sql("select count(*) from audit_log where organization_id = :org")
                        .param("org", organization)
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
    }

    @Test
    void showsTheLogNewestFirstToAnOwner() throws Exception {
        Person owner = signUp("Emmy");
        UUID organization = createOrganization(owner, "Noether Institute");
        Person member = signUp("Sofia");
        join(organization, owner, member, "viewer");
        owner.browser().get("/organizations/" + organization + "/members");
        owner.browser()
                .post("/organizations/" + organization + "/members/" + member.accountId(), Map.of("role", "issuer"));

        Browser.Page page = owner.browser().get("/organizations/" + organization + "/audit");
        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        assertThat(body)
                .contains("<h1>Audit log</h1>")
                .contains("Created the organization")
                .contains("Noether Institute")
                .contains("Invited a member")
                .contains("Joined")
                .contains("Changed a member&#39;s role")
                .contains("Emmy")
                .contains(owner.email())
                .contains(member.email());
        assertThat(body.indexOf("data-action=\"member.role-changed\""))
                .isLessThan(body.indexOf("data-action=\"member.joined\""))
                .isLessThan(body.indexOf("data-action=\"member.invited\""))
                .isLessThan(body.indexOf("data-action=\"organization.created\""));
    }

    @Test
    void pagesFiftyEntriesAtATimeByKeyset() {
        Person owner = signUp("Hypatia");
        UUID organization = createOrganization(owner, "Alexandria Library");
        for (int i = 0; i < 60; i++) {
            jdbc.sql("insert into audit_log (organization_id, actor_account_id, action, subject, details, at) "
                            + "values (:org, :actor, 'member.invited', :subject, '{}', now())")
                    .param("org", organization)
                    .param("actor", owner.accountId())
                    .param("subject", "guest" + i + "@test.example")
                    .update();
        }
        String first =
                owner.browser().get("/organizations/" + organization + "/audit").body();
        assertThat(first.split("<tr id=\"entry-", -1)).hasSize(51);
        assertThat(first).contains("guest59@test.example").doesNotContain("guest9@test.example<");
        String older =
                first.replaceAll("(?s).*href=\"([^\"]*before=\\d+)\".*", "$1").replace("&amp;", "&");
        String second = owner.browser().get(older).body();
        assertThat(second.split("<tr id=\"entry-", -1)).hasSize(12);
        assertThat(second)
                .contains("guest9@test.example")
                .contains("Created the organization")
                .doesNotContain("before=");
    }

    @Test
    void refusesTheLogToIssuersAndStrangers() throws Exception {
        Person owner = signUp("Marie");
        UUID organization = createOrganization(owner, "Radium Institute");
        Person issuer = signUp("Pierre");
        join(organization, owner, issuer, "issuer");
        assertThat(issuer.browser()
                        .get("/organizations/" + organization + "/audit")
                        .status())
                .isEqualTo(403);
        Person stranger = signUp("Eve");
        assertThat(stranger.browser()
                        .get("/organizations/" + organization + "/audit")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntries() {
        Person owner = signUp("Rosalind");
        UUID organization = createOrganization(owner, "King's College");
        assertThatThrownBy(() -> jdbc.sql("update audit_log set subject = 'forged' where organization_id = :org")
                        .param("org", organization)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_log is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where organization_id = :org")
                        .param("org", organization)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_log is append-only: DELETE is not allowed");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_log is append-only: TRUNCATE is not allowed");
        assertThat(count(organization, "organization.created")).isEqualTo(1);
    }
}
