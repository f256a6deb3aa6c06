package dev.laurel.server.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.organizations.OrganizationId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A badge's lifecycle policy: its own values, else its organization's, else Laurel's defaults. */
class LifecyclePoliciesTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LifecyclePolicies policies;

    @Test
    void aBadgeFollowsItsOwnValuesThenItsOrganizationsThenLaurels() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Policy Board");
        OrganizationId organization = new OrganizationId(issuer.organizationId());
        BadgeId badge = new BadgeId(Scenario.badge(issuer, "Certified Planner", "di"));
        BadgeId other = new BadgeId(Scenario.badge(issuer, "Certified Designer", "di"));
        assertThat(policies.of(organization, badge)).isEqualTo(LifecyclePolicy.DEFAULT);

        policies.save(
                organization,
                null,
                new LifecyclePolicies.Overrides(
                        List.of(14),
                        null,
                        false,
                        LifecyclePolicy.RenewalRule.CREDITS,
                        60,
                        new BigDecimal("20"),
                        Set.of(other),
                        true,
                        null,
                        null));
        policies.save(
                organization,
                badge,
                new LifecyclePolicies.Overrides(
                        null, List.of(7, 60), null, null, null, new BigDecimal("12.5"), null, null, true, "Well done"));

        LifecyclePolicy planner = policies.of(organization, badge);
        assertThat(planner.acceptReminderDays()).containsExactly(14);
        assertThat(planner.expiryReminderDays()).containsExactly(60, 7);
        assertThat(planner.hideShareWhenExpired()).isFalse();
        assertThat(planner.renewalRule()).isEqualTo(LifecyclePolicy.RenewalRule.CREDITS);
        assertThat(planner.renewalWindowDays()).isEqualTo(60);
        assertThat(planner.renewalCredits()).isEqualByComparingTo("12.5");
        assertThat(planner.renewalCreditBadges()).containsExactly(other);
        assertThat(planner.renewalCountsImports()).isTrue();
        assertThat(planner.renewalAutomatic()).isTrue();
        assertThat(planner.issuedMessage()).isEqualTo("Well done");
        LifecyclePolicy designer = policies.of(organization, other);
        assertThat(designer.expiryReminderDays()).containsExactly(90, 30, 7);
        assertThat(designer.renewalCredits()).isEqualByComparingTo("20");
        assertThat(designer.renewalAutomatic()).isFalse();
    }
}
