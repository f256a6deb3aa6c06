package dev.laurel.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.claims.Acceptances;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.ClockMoves;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lifecycle settings pages save every field of the policy, for the organization and for one badge over it, and
 * refuse what is out of range; the backpack's item page offers "Renew" in the window only.
 */
class LifecycleSettingsPageTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LifecyclePolicies policies;

    @Autowired
    Acceptances acceptances;

    @Autowired
    Clock clock;

    @AfterEach
    void restoreClock() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void theOrganizationSetsDefaultsAndABadgeOverridesSomeOfThem() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Settings Board");
        UUID certification = Scenario.badge(issuer, "Certified Surveyor", "di");
        UUID course = Scenario.badge(issuer, "Surveying Course", "di");
        Browser browser = issuer.owner().browser();
        String org = "/organizations/" + issuer.organizationId();
        OrganizationId organization = new OrganizationId(issuer.organizationId());

        assertThat(browser.get(org).body()).contains(org + "/lifecycle").contains(org + "/renewals");
        assertThat(browser.get(org + "/badges/" + certification).body())
                .contains(org + "/badges/" + certification + "/lifecycle");
        assertThat(browser.get(org + "/lifecycle").body()).contains("Empty: Laurel&#39;s default, 90, 30, 7");

        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("acceptReminderDays", "3, 14");
        defaults.put("expiryReminderDays", "60 30");
        defaults.put("hideShareWhenExpired", "false");
        defaults.put("renewalRule", "credits");
        defaults.put("renewalWindowDays", "120");
        defaults.put("renewalCredits", "12.5");
        defaults.put("renewalCreditBadges", course.toString());
        defaults.put("renewalCountsImports", "true");
        defaults.put("renewalAutomatic", "true");
        defaults.put("issuedMessage", "Welcome to the **register**.");
        Browser.Page saved = browser.post(org + "/lifecycle", defaults);
        assertThat(saved.body()).contains("Lifecycle settings saved.");
        assertThat(policies.defaults(organization))
                .isEqualTo(new LifecyclePolicy(
                        List.of(3, 14),
                        List.of(60, 30),
                        false,
                        LifecyclePolicy.RenewalRule.CREDITS,
                        120,
                        new BigDecimal("12.5"),
                        Set.of(new BadgeId(course)),
                        true,
                        true,
                        "Welcome to the **register**."));

        String badgePage = org + "/badges/" + certification + "/lifecycle";
        assertThat(browser.get(badgePage).body()).contains("Empty: the organization&#39;s, 60, 30");
        Map<String, String> override = new LinkedHashMap<>();
        override.put("renewalRule", "manual");
        override.put("renewalWindowDays", "30");
        assertThat(browser.post(badgePage, override).body()).contains("Lifecycle settings saved.");
        LifecyclePolicy badge = policies.of(organization, new BadgeId(certification));
        assertThat(badge.renewalRule()).isEqualTo(LifecyclePolicy.RenewalRule.MANUAL);
        assertThat(badge.renewalWindowDays()).isEqualTo(30);
        assertThat(badge.expiryReminderDays()).as("inherited").containsExactly(60, 30);
        assertThat(badge.renewalCredits()).as("inherited").isEqualByComparingTo("12.5");

        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("expiryReminderDays", "90, soon");
        wrong.put("renewalWindowDays", "-1");
        wrong.put("renewalCredits", "lots");
        wrong.put("renewalCreditBadges", UUID.randomUUID().toString());
        Browser.Page refused = browser.post(org + "/lifecycle", wrong);
        assertThat(refused.body())
                .contains("Please correct the fields marked below.")
                .contains("Enter whole days from 1 to 3650")
                .contains("Enter whole days from 0 to 3650.")
                .contains("Enter a number from 0 to 100000")
                .contains("Choose badges of this organization.");
        assertThat(policies.defaults(organization).renewalWindowDays())
                .as("unchanged")
                .isEqualTo(120);
    }

    @Test
    void theItemPageOffersRenewInTheWindowOnly() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Window Board");
        UUID badge = Scenario.badge(issuer, "Forklift Licence", "di");
        jdbc.sql("update badges set validity_months = 12 where id = :id")
                .param("id", badge)
                .update();
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Rosa Parks");
        UUID credential = Scenario.issue(issuer, badge, earner.name(), earner.email());
        UUID account = jdbc.sql("select id from accounts where email = :email")
                .param("email", earner.email())
                .query(UUID.class)
                .single();
        assertThat(acceptances.accept(credential, account, List.of(earner.email())))
                .isTrue();
        UUID item = jdbc.sql("select id from backpack_items where credential_id = :c")
                .param("c", credential)
                .query(UUID.class)
                .single();
        String page = "/backpack/items/" + item;
        String renew = "/c/" + credential + "/renew";

        assertThat(earner.browser().get(page).body()).doesNotContain(renew);
        ClockMoves.advance(port, "P300D");
        assertThat(earner.browser().get(page).body()).contains("href=\"" + renew + "\"");
        policies.save(
                new OrganizationId(issuer.organizationId()),
                new BadgeId(badge),
                new LifecyclePolicies.Overrides(
                        null, null, null, LifecyclePolicy.RenewalRule.REISSUE, null, null, null, null, null, null));
        assertThat(earner.browser().get(page).body()).doesNotContain(renew);
    }
}
