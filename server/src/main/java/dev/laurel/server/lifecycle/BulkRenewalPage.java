package dev.laurel.server.lifecycle;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk renewal, {@code /organizations/ID/renewals/bulk}: a CSV of credential ids or recipient addresses (pasted or
 * uploaded) is checked in a dry run, row by row, and renewed all at once on confirmation — or not at all.
 */
@Controller
class BulkRenewalPage {

    /** The most bytes of CSV taken: 1,000 rows of addresses fit many times over. */
    static final int MAX_CHARS = 256 * 1024;

    private final BulkRenewal bulk;
    private final Badges badges;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;

    BulkRenewalPage(
            BulkRenewal bulk, Badges badges, Organizations organizations, TenantAccess access, MessageSource messages) {
        this.bulk = bulk;
        this.badges = badges;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/organizations/{id}/renewals/bulk")
    String form(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        return page(new OrganizationId(id), "", null, null, model);
    }

    @PostMapping("/organizations/{id}/renewals/bulk")
    String check(
            @PathVariable UUID id,
            @RequestParam(required = false) String csv,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) UUID badge,
            @AuthenticationPrincipal LaurelUser user,
            Model model)
            throws IOException {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        String text = text(csv, file);
        BulkRenewal.Plan plan = text == null
                ? new BulkRenewal.Plan(java.util.List.of(), "too-large")
                : bulk.check(organization, text, badge(badge), new Actor.Member(user));
        return page(organization, text == null ? "" : text, badge, plan, model);
    }

    @PostMapping("/organizations/{id}/renewals/bulk/renew")
    String renew(
            @PathVariable UUID id,
            @RequestParam(required = false) String csv,
            @RequestParam(required = false) UUID badge,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        String text = text(csv, null);
        if (text == null) {
            return page(organization, "", badge, new BulkRenewal.Plan(java.util.List.of(), "too-large"), model);
        }
        BulkRenewal.Renewed renewed = bulk.renew(organization, text, badge(badge), new Actor.Member(user));
        if (!renewed.plan().ok()) {
            return page(organization, text, badge, renewed.plan(), model);
        }
        flash.addFlashAttribute(
                "flash",
                messages.getMessage(
                        "renewals.bulk.done", new Object[] {renewed.renewals().size()}, locale));
        return "redirect:/organizations/" + id + "/renewals";
    }

    private String page(OrganizationId organization, String csv, UUID badge, BulkRenewal.Plan plan, Model model) {
        model.addAttribute("organization", organizations.find(organization).orElseThrow());
        model.addAttribute("badges", badges.of(organization));
        model.addAttribute("csv", csv);
        model.addAttribute("badge", badge);
        model.addAttribute("plan", plan);
        model.addAttribute("maxRows", BulkRenewal.MAX_ROWS);
        return "lifecycle/bulk";
    }

    /** The CSV pasted, else uploaded; null when it is over {@value #MAX_CHARS} characters. */
    private static String text(String csv, MultipartFile file) {
        String text = csv == null ? "" : csv;
        if (text.isBlank() && file != null && !file.isEmpty()) {
            if (file.getSize() > MAX_CHARS) {
                return null;
            }
            try {
                text = new String(file.getBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }
        return text.length() > MAX_CHARS ? null : text;
    }

    private static BadgeId badge(UUID badge) {
        return badge == null ? null : new BadgeId(badge);
    }
}
