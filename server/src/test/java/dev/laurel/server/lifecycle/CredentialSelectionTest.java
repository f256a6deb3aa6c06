package dev.laurel.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The credential list's actions on a selection: revoke with one reason, renew, resend — each done to every selected
 * credential or to none, and never to another organization's.
 */
class CredentialSelectionTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void revokesASelectionWithOneReasonOrNothingWhenOneOfItCannotBe() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Selecting Board");
        UUID badge = Scenario.badge(issuer, "Welding", "di");
        UUID ada = Scenario.issue(issuer, badge, "Ada Selected", uniqueEmail("ada"));
        UUID alan = Scenario.issue(issuer, badge, "Alan Selected", uniqueEmail("alan"));
        UUID grace = Scenario.issue(issuer, badge, "Grace Revoked", uniqueEmail("grace"));
        Browser owner = issuer.owner().browser();
        String list = "/organizations/" + issuer.organizationId() + "/credentials";
        owner.get(list);
        owner.post(list + "/" + grace + "/revoke", Map.of("reason", "Earlier"));

        Browser.Page refused = select(owner, list, "revoke", "Issued in error", ada, alan, grace);
        assertThat(refused.body()).contains("Grace Revoked&#39;s credential is revoked already");
        assertThat(states(ada, alan, grace)).containsExactly("active", "active", "revoked");

        assertThat(select(owner, list, "revoke", " ", ada, alan).body()).contains("Give a reason for revoking");
        assertThat(states(ada, alan)).containsExactly("active", "active");

        Browser.Page confirm = select(owner, list + "?q=selected&sort=name", "revoke", "Issued in error", ada, alan);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body())
                .contains("Revoke 2 credential(s) for good?")
                .contains("Ada Selected")
                .contains("Alan Selected")
                .contains("name=\"confirmed\" value=\"yes\"");
        assertThat(states(ada, alan)).containsExactly("active", "active");

        Browser.Page done =
                select(owner, list + "?q=selected&sort=name", "revoke", "Issued in error", ada, alan, "yes");
        assertThat(done.uri().getPath()).isEqualTo(list);
        assertThat(done.uri().getQuery()).isEqualTo("q=selected&sort=name");
        assertThat(done.body()).contains("2 credential(s) revoked");
        assertThat(states(ada, alan)).containsExactly("revoked", "revoked");
        assertThat(jdbc.sql("select state_reason from credentials where id in (:ids)")
                        .param("ids", List.of(ada, alan))
                        .query(String.class)
                        .list())
                .containsOnly("Issued in error");
    }

    @Test
    void renewsASelectionOnceAndRefusesAnotherOrganizationsCredentials() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Renewing Selection Board");
        UUID badge = Scenario.badge(issuer, "First Aid", "di");
        UUID one = Scenario.issue(issuer, badge, "One Renewed", uniqueEmail("one"));
        UUID two = Scenario.issue(issuer, badge, "Two Renewed", uniqueEmail("two"));
        Scenario.Issuer other = Scenario.issuer(port, jdbc, "Other Selection Board");
        UUID theirs =
                Scenario.issue(other, Scenario.badge(other, "Theirs", "di"), "Their Earner", uniqueEmail("their"));
        Browser owner = issuer.owner().browser();
        String list = "/organizations/" + issuer.organizationId() + "/credentials";
        owner.get(list);

        Browser.Page foreign = select(owner, list, "renew", null, one, theirs);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(renewals(one, theirs)).isZero();
        assertThat(select(owner, list, "revoke", "Not yours", theirs).status()).isEqualTo(403);
        assertThat(select(owner, list, "revoke", "Not yours", theirs, "yes").status())
                .isEqualTo(403);
        assertThat(states(theirs)).containsExactly("active");

        assertThat(select(owner, list, "renew", null, one, two).body()).contains("2 credential(s) renewed");
        assertThat(renewals(one, two)).isEqualTo(2);
        assertThat(select(owner, list, "renew", null, two).body()).contains("Two Renewed&#39;s credential cannot be");
        assertThat(renewals(one, two)).isEqualTo(2);
    }

    @Test
    void resendsOnlyWhenEverySelectedEarnerHasNotAcceptedYet() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Resending Selection Board");
        UUID badge = Scenario.badge(issuer, "Rigging", "di");
        String pendingEmail = uniqueEmail("pending");
        UUID pending = Scenario.issue(issuer, badge, "Pending Earner", pendingEmail);
        UUID accepted = Scenario.issue(issuer, badge, "Accepted Earner", uniqueEmail("accepted"));
        jdbc.sql("update credentials set claim = 'accepted' where id = :id")
                .param("id", accepted)
                .update();
        Browser owner = issuer.owner().browser();
        String list = "/organizations/" + issuer.organizationId() + "/credentials";
        owner.get(list);
        int mailed = mails(pendingEmail);

        assertThat(select(owner, list, "resend", null, pending, accepted).body())
                .contains("Nothing was sent: Accepted Earner has accepted");
        assertThat(mails(pendingEmail)).isEqualTo(mailed);
        assertThat(select(owner, list, "resend", null).body()).contains("Select at least one credential");
        assertThat(select(owner, list, "resend", null, pending).body())
                .contains("The issued mail was sent again for 1 credential(s)");
        assertThat(mails(pendingEmail)).isEqualTo(mailed + 1);
    }

    private static Browser.Page select(Browser owner, String back, String action, String reason, UUID... ids) {
        return select(owner, back, action, reason, ids, null);
    }

    private static Browser.Page select(Browser owner, String back, String action, String reason, UUID one, String yes) {
        return select(owner, back, action, reason, new UUID[] {one}, yes);
    }

    private static Browser.Page select(
            Browser owner, String back, String action, String reason, UUID first, UUID second, String yes) {
        return select(owner, back, action, reason, new UUID[] {first, second}, yes);
    }

    private static Browser.Page select(
            Browser owner, String back, String action, String reason, UUID[] ids, String confirmed) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("action", action));
        if (confirmed != null) {
            fields.add(Map.entry("confirmed", confirmed));
        }
        fields.add(Map.entry("back", back));
        if (reason != null) {
            fields.add(Map.entry("reason", reason));
        }
        for (UUID id : ids) {
            fields.add(Map.entry("credential", id.toString()));
        }
        String list = back.contains("?") ? back.substring(0, back.indexOf('?')) : back;
        return owner.postForm(list + "/selection", fields);
    }

    private List<String> states(UUID... ids) {
        List<String> states = new ArrayList<>();
        for (UUID id : ids) {
            states.add(jdbc.sql("select state from credentials where id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single());
        }
        return states;
    }

    private long renewals(UUID... ids) {
        return jdbc.sql("select count(*) from credentials where renews in (:ids)")
                .param("ids", List.of(ids))
                .query(Long.class)
                .single();
    }

    private int mails(String to) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :to")
                .param("to", to)
                .query(Integer.class)
                .single();
    }
}
