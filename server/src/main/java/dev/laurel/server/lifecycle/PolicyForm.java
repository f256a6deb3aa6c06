package dev.laurel.server.lifecycle;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;

/**
 * The lifecycle settings form, for the organization's defaults or one badge's overrides: every field may be left empty
 * (or "as the level above"), which keeps the organization's value, else Laurel's. Lists of days are written "90, 30, 7".
 */
public class PolicyForm {

    static final int MAX_DAYS = 3650;
    static final int MAX_STEPS = 10;
    static final int MAX_MESSAGE = 2000;
    static final BigDecimal MAX_CREDITS = new BigDecimal("100000");

    private String acceptReminderDays = "";
    private String expiryReminderDays = "";
    private String hideShareWhenExpired = "";
    private String renewalRule = "";
    private String renewalWindowDays = "";
    private String renewalCredits = "";
    private List<UUID> renewalCreditBadges = new ArrayList<>();
    private String renewalCountsImports = "";
    private String renewalAutomatic = "";
    private String issuedMessage = "";

    /** The form showing what a row says. */
    static PolicyForm of(LifecyclePolicies.Overrides row) {
        PolicyForm form = new PolicyForm();
        form.acceptReminderDays = days(row.acceptReminderDays());
        form.expiryReminderDays = days(row.expiryReminderDays());
        form.hideShareWhenExpired = choice(row.hideShareWhenExpired());
        form.renewalRule = row.renewalRule() == null ? "" : row.renewalRule().key();
        form.renewalWindowDays =
                row.renewalWindowDays() == null ? "" : row.renewalWindowDays().toString();
        form.renewalCredits = row.renewalCredits() == null
                ? ""
                : row.renewalCredits().stripTrailingZeros().toPlainString();
        form.renewalCreditBadges = row.renewalCreditBadges() == null
                ? new ArrayList<>()
                : row.renewalCreditBadges().stream()
                        .map(BadgeId::value)
                        .sorted()
                        .collect(Collectors.toList());
        form.renewalCountsImports = choice(row.renewalCountsImports());
        form.renewalAutomatic = choice(row.renewalAutomatic());
        form.issuedMessage = row.issuedMessage() == null ? "" : row.issuedMessage();
        return form;
    }

    /** What the form says as a row, rejecting fields into {@code errors}; only badges of {@code allowed} count. */
    LifecyclePolicies.Overrides toOverrides(Errors errors, Set<UUID> allowed) {
        Set<BadgeId> badges = new LinkedHashSet<>();
        for (UUID badge : renewalCreditBadges == null ? List.<UUID>of() : renewalCreditBadges) {
            if (!allowed.contains(badge)) {
                errors.rejectValue("renewalCreditBadges", "lifecycle.badges.invalid");
            }
            badges.add(new BadgeId(badge));
        }
        String message = blank(issuedMessage) ? null : issuedMessage.strip();
        if (message != null && message.length() > MAX_MESSAGE) {
            errors.rejectValue("issuedMessage", "lifecycle.message.invalid");
        }
        return new LifecyclePolicies.Overrides(
                days(acceptReminderDays, "acceptReminderDays", errors),
                days(expiryReminderDays, "expiryReminderDays", errors),
                choice(hideShareWhenExpired),
                rule(errors),
                window(errors),
                credits(errors),
                badges.isEmpty() ? null : badges,
                choice(renewalCountsImports),
                choice(renewalAutomatic),
                message);
    }

    private LifecyclePolicy.RenewalRule rule(Errors errors) {
        if (blank(renewalRule)) {
            return null;
        }
        for (LifecyclePolicy.RenewalRule rule : LifecyclePolicy.RenewalRule.values()) {
            if (rule.key().equals(renewalRule)) {
                return rule;
            }
        }
        errors.rejectValue("renewalRule", "lifecycle.rule.invalid");
        return null;
    }

    private Integer window(Errors errors) {
        if (blank(renewalWindowDays)) {
            return null;
        }
        try {
            int days = Integer.parseInt(renewalWindowDays.strip());
            if (days >= 0 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // rejected below
        }
        errors.rejectValue("renewalWindowDays", "lifecycle.window.invalid");
        return null;
    }

    private BigDecimal credits(Errors errors) {
        if (blank(renewalCredits)) {
            return null;
        }
        try {
            BigDecimal credits = new BigDecimal(renewalCredits.strip());
            if (credits.signum() >= 0 && credits.compareTo(MAX_CREDITS) <= 0 && credits.scale() <= 2) {
                return credits;
            }
        } catch (NumberFormatException e) {
            // rejected below
        }
        errors.rejectValue("renewalCredits", "lifecycle.credits.invalid");
        return null;
    }

    private static List<Integer> days(String text, String field, Errors errors) {
        if (blank(text)) {
            return null;
        }
        List<Integer> days = new ArrayList<>();
        try {
            for (String part : text.split("[,\\s]+")) {
                if (!part.isEmpty()) {
                    days.add(Integer.parseInt(part));
                }
            }
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "lifecycle.days.invalid");
            return null;
        }
        if (days.size() > MAX_STEPS || days.stream().anyMatch(d -> d < 1 || d > MAX_DAYS)) {
            errors.rejectValue(field, "lifecycle.days.invalid");
            return null;
        }
        return days;
    }

    private static String days(List<Integer> days) {
        return days == null ? "" : days.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static Boolean choice(String value) {
        return blank(value) ? null : Boolean.valueOf(value.strip().toLowerCase(Locale.ROOT));
    }

    private static String choice(Boolean value) {
        return value == null ? "" : value.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** How a policy's lists read on the page, for the inherited values. */
    static String days(LifecyclePolicy policy, boolean expiry) {
        return days(expiry ? policy.expiryReminderDays() : policy.acceptReminderDays());
    }

    static List<String> rules() {
        return Arrays.stream(LifecyclePolicy.RenewalRule.values())
                .map(LifecyclePolicy.RenewalRule::key)
                .toList();
    }

    public String getAcceptReminderDays() {
        return acceptReminderDays;
    }

    public void setAcceptReminderDays(String value) {
        this.acceptReminderDays = value;
    }

    public String getExpiryReminderDays() {
        return expiryReminderDays;
    }

    public void setExpiryReminderDays(String value) {
        this.expiryReminderDays = value;
    }

    public String getHideShareWhenExpired() {
        return hideShareWhenExpired;
    }

    public void setHideShareWhenExpired(String value) {
        this.hideShareWhenExpired = value;
    }

    public String getRenewalRule() {
        return renewalRule;
    }

    public void setRenewalRule(String value) {
        this.renewalRule = value;
    }

    public String getRenewalWindowDays() {
        return renewalWindowDays;
    }

    public void setRenewalWindowDays(String value) {
        this.renewalWindowDays = value;
    }

    public String getRenewalCredits() {
        return renewalCredits;
    }

    public void setRenewalCredits(String value) {
        this.renewalCredits = value;
    }

    public List<UUID> getRenewalCreditBadges() {
        return renewalCreditBadges;
    }

    public void setRenewalCreditBadges(List<UUID> value) {
        this.renewalCreditBadges = value == null ? new ArrayList<>() : value;
    }

    public String getRenewalCountsImports() {
        return renewalCountsImports;
    }

    public void setRenewalCountsImports(String value) {
        this.renewalCountsImports = value;
    }

    public String getRenewalAutomatic() {
        return renewalAutomatic;
    }

    public void setRenewalAutomatic(String value) {
        this.renewalAutomatic = value;
    }

    public String getIssuedMessage() {
        return issuedMessage;
    }

    public void setIssuedMessage(String value) {
        this.issuedMessage = value;
    }
}
