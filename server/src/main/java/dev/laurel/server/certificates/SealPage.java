package dev.laurel.server.certificates;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
 * The organization's certificate seal ({@code /organizations/ID/certificate-seal}): which certificate seals its PDFs,
 * uploading its own e-seal (PKCS#12 and password) in place of the self-signed one, and removing it. Owner or admin.
 */
@Controller
class SealPage {

    private final SealKeys seals;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;

    SealPage(SealKeys seals, Organizations organizations, TenantAccess access, MessageSource messages) {
        this.seals = seals;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/organizations/{id}/certificate-seal")
    String show(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        Organization organization = allowed(id, user);
        return page(organization, model);
    }

    @PostMapping("/organizations/{id}/certificate-seal")
    String upload(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String password,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            Locale locale,
            RedirectAttributes flash,
            HttpServletResponse response)
            throws IOException {
        Organization organization = allowed(id, user);
        byte[] bytes = file == null || file.getSize() > SealFile.MAX_BYTES ? null : file.getBytes();
        SealFile.Reading reading =
                seals.upload(organization.id(), bytes, password == null ? null : password.toCharArray());
        if (reading instanceof SealFile.Refused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "uploadError",
                    messages.getMessage(
                            "seal.error." + refused.error().code(),
                            new Object[] {refused.detail()},
                            refused.detail(),
                            locale));
            return page(organization, model);
        }
        flash.addFlashAttribute("flash", messages.getMessage("seal.uploaded", null, locale));
        return "redirect:/organizations/" + id + "/certificate-seal";
    }

    @PostMapping("/organizations/{id}/certificate-seal/remove")
    String remove(
            @PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Locale locale, RedirectAttributes flash) {
        Organization organization = allowed(id, user);
        if (seals.remove(organization.id())) {
            flash.addFlashAttribute("flash", messages.getMessage("seal.removed", null, locale));
        }
        return "redirect:/organizations/" + id + "/certificate-seal";
    }

    private Organization allowed(UUID id, LaurelUser user) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ADMIN);
        return organizations.find(organization).orElseThrow();
    }

    private String page(Organization organization, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("seal", seals.summary(organization.id(), organization.name()));
        return "certificates/seal";
    }
}
