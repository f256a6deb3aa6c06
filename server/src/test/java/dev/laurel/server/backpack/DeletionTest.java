package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.accounts.AccountErasure;
import dev.laurel.server.bulk.BulkJob;
import dev.laurel.server.bulk.BulkJobs;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.pathways.PathwayDraft;
import dev.laurel.server.pathways.PathwayId;
import dev.laurel.server.pathways.PathwayProgress;
import dev.laurel.server.pathways.Pathways;
import dev.laurel.server.pathways.StepJson;
import dev.laurel.server.verification.CredentialVerification;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DeletionTest extends ServerTest {

    @Autowired
    Pathways pathways;

    @Autowired
    PathwayProgress progress;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CredentialVerification verification;

    @Autowired
    BulkJobs jobs;

    @Autowired
    AccountErasure erasure;

    @Test
    void guessingThePasswordToDeleteIsSlowedDownAsAtLogin() {
        Scenario.Person earner = Scenario.signUp(
                port, jdbc, "Guessed " + UUID.randomUUID().toString().substring(0, 8));
        Browser browser = earner.browser();
        browser.get("/backpack/account");
        for (int guess = 0; guess < 5; guess++) {
            assertThat(browser.post("/backpack/account/delete", Map.of("password", "guess number " + guess))
                            .body())
                    .contains("That is not your password");
        }

        Browser.Page slowed = browser.post("/backpack/account/delete", Map.of("password", "correct horse battery"));

        assertThat(slowed.body()).contains("Too many wrong passwords lately").contains("was not deleted");
        assertThat(jdbc.sql("select count(*) from accounts where email = :email")
                        .param("email", earner.email())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void deletingTheAccountErasesTheEarnerEverywhereAndTheirCredentialsStillVerify() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Erasure College");
        UUID badge = Scenario.badge(issuer, "Data Stewardship", "di");
        String name = "Hypatia " + UUID.randomUUID().toString().substring(0, 8);
        Scenario.Person earner = Scenario.signUp(port, jdbc, name);
        String work = uniqueEmail("hypatia-work");
        Browser browser = earner.browser();
        browser.get("/backpack/account");
        browser.post("/backpack/addresses", Map.of("email", work));
        browser.get(Mails.link(mailsTo(work, m -> Mails.subject(m).contains("Confirm this address"))
                .get(0)));
        UUID credential = Scenario.issue(issuer, badge, name, earner.email());
        UUID atWork = Scenario.issue(issuer, badge, name, work);
        Earners.accept(earner, credential, jdbc);
        browser.get("/backpack/collections");
        browser.post("/backpack/collections", Map.of("name", "Stewardship", "description", "What " + name + " did"));
        byte[] copy = document(credential);
        assertThat(verification.verify(copy).verified()).isTrue();
        assertThat(everyRowMentioning(earner.email())).isNotEmpty();

        browser.get("/backpack/account");
        Browser.Page refused = browser.post("/backpack/account/delete", Map.of("password", "not my password"));
        assertThat(refused.body()).contains("That is not your password");
        assertThat(everyRowMentioning(earner.email())).isNotEmpty();
        Browser.Page deleted = browser.post("/backpack/account/delete", Map.of("password", "correct horse battery"));
        assertThat(deleted.body()).contains("Your account is deleted");

        for (String trace : List.of(earner.email(), work, name)) {
            assertThat(everyRowMentioning(trace))
                    .as("rows still holding %s", trace)
                    .isEmpty();
        }
        VerificationReport report = verification.verify(copy);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.check(CheckId.PROOF).orElseThrow().status()).isEqualTo("passed");
        assertThat(report.check(CheckId.STATUS).orElseThrow().status()).isEqualTo("passed");

        assertThat(browser.get("/backpack").uri().getPath())
                .as("the session ended")
                .isEqualTo("/login");
        Browser again = new Browser(port);
        again.get("/login");
        assertThat(again.post("/login", Map.of("email", earner.email(), "password", "correct horse battery"))
                        .uri()
                        .getQuery())
                .isEqualTo("error");
        assertThat(new Browser(port).get("/c/" + credential).status()).isEqualTo(404);

        Browser owner = issuer.owner().browser();
        String list = owner.get("/organizations/" + issuer.organizationId() + "/credentials")
                .body();
        assertThat(list).contains("deleted earner").doesNotContain(name).doesNotContain(earner.email());
        assertThat(owner.get("/organizations/" + issuer.organizationId() + "/credentials/" + atWork)
                        .body())
                .contains("deleted earner")
                .doesNotContain(work);
        assertThat(owner.get("/organizations/" + issuer.organizationId() + "/audit")
                        .body())
                .contains("deleted their account")
                .doesNotContain(name);

        String base = "/organizations/" + issuer.organizationId() + "/credentials/" + credential;
        owner.get(base);
        owner.post(base + "/revoke", Map.of("reason", "Issued in error"));
        assertThat(verification.verify(copy).check(CheckId.STATUS).orElseThrow().status())
                .as("the issuer can still revoke it, and verifiers see it")
                .isEqualTo("failed");
    }

    /**
     * Credentials to each of the earner's addresses — one accepted, one pending with its claim invitation mailed, one
     * to a further address they typed but never confirmed — then the deletion: no column of any table holds the
     * account's address or the confirmed further one, the typed address is gone from the account's own records and
     * its confirmation mail, and the old claim links say the recipient deleted their account.
     */
    @Test
    void noColumnOfAnyTableKeepsTheEarnersAddressesAndOldClaimLinksSaySo() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Thorough College");
        UUID badge = Scenario.badge(issuer, "Record Keeping", "di");
        String name = "Emmy " + UUID.randomUUID().toString().substring(0, 8);
        Scenario.Person earner = Scenario.signUp(port, jdbc, name);
        String work = uniqueEmail("Emmy-Work");
        String typed = uniqueEmail("emmy-typed");
        Browser browser = earner.browser();
        browser.get("/backpack/account");
        browser.post("/backpack/addresses", Map.of("email", work));
        browser.get(Mails.link(mailsTo(work, m -> Mails.subject(m).contains("Confirm this address"))
                .get(0)));
        browser.get("/backpack/account");
        browser.post("/backpack/addresses", Map.of("email", typed));
        assertThat(mailsTo(typed, m -> Mails.subject(m).contains("Confirm this address")))
                .isNotEmpty();

        UUID master = Scenario.badge(issuer, "Record Keeping Master", "di");
        OrganizationId records = new OrganizationId(issuer.organizationId());
        Actor rule = new Actor.Rule(issuer.organizationId());
        PathwayId recordsPathway = pathways.create(
                        records,
                        rule,
                        new PathwayDraft(
                                "Records",
                                "One step",
                                new BadgeId(master),
                                StepJson.parse(
                                        Json.parse("{\"all\": [{\"achievement\": \"" + badge + "\"}]}"), "/steps"),
                                false))
                .id();
        pathways.publish(records, recordsPathway, rule, true);
        progress.mails(earner.email(), false);
        UUID accepted = Scenario.issue(issuer, badge, name, earner.email());
        UUID pending = Scenario.issue(issuer, badge, name, work.toUpperCase(Locale.ROOT));
        UUID unconfirmed = Scenario.issue(issuer, badge, name, typed);
        long awarded = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.sql("select count(*) from pathway_awards where email = lower(:email) and state = 'awarded'")
                                .param("email", earner.email())
                                .query(Long.class)
                                .single()
                        == 0
                && System.nanoTime() < awarded) {
            sleep();
        }
        String acceptedLink = claimLink(earner.email());
        String pendingLink = claimLink(work);
        assertThat(claimLink(typed)).isNotBlank();
        Earners.accept(earner, accepted, jdbc);
        Actor bulkOwner = new Actor.Account(jdbc.sql("select id from accounts where email = :email")
                .param("email", issuer.owner().email())
                .query(UUID.class)
                .single());
        UUID cohort = Scenario.badge(issuer, "Record Keeping Cohort", "di");
        BulkJob issuing = bulkJob(issuer, cohort, work, name, bulkOwner);
        jobs.start(issuer.organizationId(), issuing.id(), false, bulkOwner);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!jobs.find(issuer.organizationId(), issuing.id(), bulkOwner).finished()
                && System.nanoTime() < deadline) {
            sleep();
        }
        BulkJob again = bulkJob(issuer, cohort, work, name, bulkOwner);
        assertThat(jdbc.sql("select b.state || ' ' || a.state || ' ' || a.valid from bulk_rows b, bulk_rows a "
                                + "where b.job_id = :issuing and a.job_id = :again")
                        .param("issuing", issuing.id())
                        .param("again", again.id())
                        .query(String.class)
                        .single())
                .as("one job issued to the address; another, checked, found it already holds the badge")
                .isEqualTo("issued checked false");
        UUID accountId = jdbc.sql("select id from accounts where email = :email")
                .param("email", earner.email())
                .query(UUID.class)
                .single();
        String members = "/organizations/" + issuer.organizationId() + "/members";
        Browser owner = issuer.owner().browser();
        owner.get(members);
        owner.post(
                "/organizations/" + issuer.organizationId() + "/invitations",
                Map.of("email", earner.email(), "role", "viewer"));
        String invitation = invitationTo(earner.email());
        browser.get(invitation);
        browser.post(invitation, Map.of());
        owner.get(members);
        owner.post(members + "/" + accountId, Map.of("role", "remove"));
        owner.get(members);
        owner.post(
                "/organizations/" + issuer.organizationId() + "/invitations", Map.of("email", work, "role", "issuer"));
        assertThat(invitationTo(work)).isNotBlank();
        Browser mistaken = new Browser(port);
        mistaken.get("/login");
        mistaken.post("/login", Map.of("email", work, "password", "not a password"));
        assertThat(columnsMentioning(work))
                .contains("invitations.email", "attempt_counts.subject", "bulk_rows.email", "bulk_rows.row_key");
        assertThat(columnsMentioning(earner.email())).contains("audit_log.subject");

        browser.get("/backpack/account");
        assertThat(browser.post("/backpack/account/delete", Map.of("password", "correct horse battery"))
                        .body())
                .contains("Your account is deleted");

        for (String address : List.of(earner.email(), work)) {
            assertThat(columnsMentioning(address))
                    .as("columns still holding %s", address)
                    .isEmpty();
        }
        // An address the earner typed but never confirmed was never proved to be theirs: it leaves the account's own
        // records and its confirmation mail, but the credential an organization issued to it, and the invitation
        // mailed for it, are that organization's records, and stay — with the pathway milestone that credential earned.
        assertThat(columnsMentioning(typed))
                .as("only the organization's credentials to the unconfirmed address, and its invitation, keep it")
                .isNotEmpty()
                .allMatch(column -> column.startsWith("credentials.")
                        || column.startsWith("mail_outbox.")
                        || column.startsWith("pathway_")
                        || column.equals("audit_log.subject"));
        assertThat(jdbc.sql("select kind from mail_outbox where lower(recipient) = lower(:typed)")
                        .param("typed", typed)
                        .query(String.class)
                        .list())
                .as("the confirmation mail is gone, the organization's invitation stays")
                .isNotEmpty()
                .doesNotContain("confirm-address");
        assertThat(jdbc.sql("select recipient_email from credentials where id = :id")
                        .param("id", unconfirmed)
                        .query(String.class)
                        .single())
                .isEqualToIgnoringCase(typed);
        assertThat(jdbc.sql("select count(*) from credentials where id in (:ids) and recipient_forgotten_at is null")
                        .param("ids", List.of(accepted, pending))
                        .query(Long.class)
                        .single())
                .as("both credentials to the earner's confirmed addresses were forgotten")
                .isZero();

        String gone = "This credential&#39;s recipient deleted their account; it can no longer be claimed.";
        for (String link : List.of(acceptedLink, pendingLink)) {
            Browser.Page opened = new Browser(port).get(link);
            assertThat(opened.status()).as(link).isEqualTo(410);
            assertThat(opened.body()).contains(gone).doesNotContain("Accept into my backpack");
        }
        Scenario.Person someone = Scenario.signUp(port, jdbc, "Someone Else");
        String path = URI.create(pendingLink).getPath();
        assertThat(someone.browser().get(path).body()).contains(gone);
        Browser.Page refused = someone.browser().post(path, Map.of());
        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.body()).contains(gone).doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from claims where credential_id = :id and claimed_by is not null")
                        .param("id", pending)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(Earners.items(jdbc, someone.email())).isZero();
        assertThat(jdbc.sql("select subject from audit_log where organization_id = :org and action like 'member.%' "
                                + "and (details ->> 'account' = :account or action = 'member.invited')")
                        .param("org", issuer.organizationId())
                        .param("account", accountId.toString())
                        .query(String.class)
                        .list())
                .as("the organization's log of inviting, admitting and removing them names no one")
                .hasSizeGreaterThanOrEqualTo(4)
                .containsOnly("deleted earner");
    }

    private BulkJob bulkJob(Scenario.Issuer issuer, UUID badge, String email, String name, Actor requester) {
        byte[] csv = ("email,name\n" + email + "," + name + "\n").getBytes(StandardCharsets.UTF_8);
        return jobs.check(
                        issuer.organizationId(),
                        badge,
                        new ByteArrayInputStream(csv),
                        BulkJobs.Format.CSV,
                        "cohort.csv",
                        null,
                        requester,
                        null)
                .job();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The path of the last invitation to join an organization queued for {@code email}. */
    private String invitationTo(String email) {
        String text = Mails.text(mailsTo(email, m -> Mails.subject(m).startsWith("You are invited"))
                .getLast());
        Matcher link = Pattern.compile("/invitations/[A-Za-z0-9_-]+").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group();
    }

    @Test
    void aSignInLinkMinutesAgoConfirmsWithoutThePassword() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Sophie Germain");
        Browser browser = new Browser(port);
        browser.get("/login");
        browser.post("/login/link", Map.of("email", earner.email()));
        String link = Mails.link(mailsTo(earner.email(), m -> Mails.subject(m).contains("sign-in link"))
                .get(0));
        browser.get(link);
        browser.post(
                "/login/link/open", Map.of("token", URI.create(link).getQuery().substring("token=".length())));
        browser.get("/backpack/account");
        assertThat(browser.post("/backpack/account/delete", Map.of()).body()).contains("Your account is deleted");
        assertThat(everyRowMentioning(earner.email())).isEmpty();
    }

    @Test
    void membersOfAnOrganizationCannotDeleteFromTheBackpack() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Kept College");
        Browser browser = issuer.owner().browser();
        assertThat(browser.get("/backpack/account").body()).contains("leave it, or hand it over");
        Browser.Page refused = browser.post("/backpack/account/delete", Map.of("password", "correct horse battery"));
        assertThat(refused.body()).contains("leave it, or hand it over");
        assertThat(everyRowMentioning(issuer.owner().email())).isNotEmpty();
    }

    /**
     * Erasure is all or nothing: accounts empties the account and deletes its mails before it announces the erasure,
     * then organizations refuses to erase a member — and the account, its session and login attempts, its mails, the
     * credential issued to it and its backpack are all as they were.
     */
    @Test
    void anErasureRefusedByOneModuleChangesNothingAnywhere() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Refusing College");
        Scenario.Person owner = issuer.owner();
        UUID badge = Scenario.badge(issuer, "Membership", "di");
        UUID credential = Scenario.issue(issuer, badge, owner.name(), owner.email());
        Earners.accept(owner, credential, jdbc);
        Browser mistaken = new Browser(port);
        mistaken.get("/login");
        mistaken.post("/login", Map.of("email", owner.email(), "password", "not a password"));
        UUID accountId = jdbc.sql("select id from accounts where email = :email")
                .param("email", owner.email())
                .query(UUID.class)
                .single();
        String mails = "select count(*) from mail_outbox where lower(recipient) = lower(:email)";
        long mailed =
                jdbc.sql(mails).param("email", owner.email()).query(Long.class).single();
        List<String> before = columnsMentioning(owner.email());
        assertThat(before)
                .contains(
                        "accounts.email",
                        "attempt_counts.subject",
                        "spring_session.principal_name",
                        "mail_outbox.recipient",
                        "credentials.recipient_email");
        assertThat(mailed).isPositive();

        assertThatThrownBy(() -> erasure.erase(accountId, new AccountErasure.Further(List.of(), List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("member");

        assertThat(columnsMentioning(owner.email())).isEqualTo(before);
        assertThat(jdbc.sql(mails)
                        .param("email", owner.email())
                        .query(Long.class)
                        .single())
                .isEqualTo(mailed);
        assertThat(Earners.items(jdbc, owner.email())).isEqualTo(1);
        assertThat(owner.browser().get("/backpack").uri().getPath())
                .as("the session lives on")
                .isEqualTo("/backpack");
    }

    private byte[] document(UUID credential) {
        return jdbc.sql("select document from credentials where id = :id")
                .param("id", credential)
                .query(String.class)
                .single()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String claimLink(String email) {
        String text = Mails.text(mailsTo(email, m -> Mails.subject(m).startsWith("You have earned"))
                .get(0));
        Matcher link =
                Pattern.compile("https?://[^/\\s]+/claim/[A-Za-z0-9_-]{43}").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group();
    }

    /**
     * "table.column" for every text, varchar, json(b), bytea and array column of every table of the database in which
     * some row holds {@code trace}, in any case.
     */
    private List<String> columnsMentioning(String trace) {
        record Column(String table, String column, String type) {}
        List<Column> columns = jdbc.sql("""
                        select c.table_name, c.column_name, c.data_type
                        from information_schema.columns c
                        join information_schema.tables t
                            on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                            and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea',
                                                'ARRAY')
                        order by c.table_name, c.ordinal_position
                        """)
                .query((rs, row) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        assertThat(columns).extracting(Column::table).contains("credentials", "mail_outbox", "claims", "audit_log");
        List<String> found = new ArrayList<>();
        for (Column column : columns) {
            String value = column.type().equals("bytea")
                    ? "encode(\"" + column.column() + "\", 'escape')"
                    : "cast(\"" + column.column() + "\" as text)";
            boolean holds = jdbc.sql("select exists (select 1 from \"" + column.table() + "\" where strpos(lower("
                            + value + "), lower(:trace)) > 0)")
                    .param("trace", trace)
                    .query(Boolean.class)
                    .single();
            if (holds) {
                found.add(column.table() + "." + column.column());
            }
        }
        return found;
    }

    /** "table: row" for every row of every table of the database whose text holds {@code trace}, in any case. */
    private List<String> everyRowMentioning(String trace) {
        List<String> found = new ArrayList<>();
        List<String> tables = jdbc.sql("select table_name from information_schema.tables "
                        + "where table_schema = current_schema() and table_type = 'BASE TABLE'")
                .query(String.class)
                .list();
        for (String table : tables) {
            found.addAll(jdbc.sql("select '" + table + ": ' || cast(t as text) from " + table
                            + " t where strpos(lower(cast(t as text)), lower(:trace)) > 0")
                    .param("trace", trace)
                    .query(String.class)
                    .list());
        }
        return found;
    }
}
