package dev.laurel.server.lifecycle;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.Problem;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The earner's renewal page, {@code /c/ID/renew} (the reminder mails link to it): what their badge's policy offers
 * now, the form to ask — evidence for the manual rule (posted to {@link EvidenceUpload}, whose file limit is its own),
 * one button for the credits rule (posted here, as a link alone may be) — and the request waiting for the issuer.
 */
@Controller
class RenewalPage {

    private final EarnerRenewals renewals;
    private final Organizations organizations;

    RenewalPage(EarnerRenewals renewals, Organizations organizations) {
        this.renewals = renewals;
        this.organizations = organizations;
    }

    static String path(UUID credentialId) {
        return "/c/" + credentialId + "/renew";
    }

    @GetMapping("/c/{credentialId}/renew")
    String show(
            @PathVariable UUID credentialId,
            @RequestParam(required = false) String sent,
            @RequestParam(required = false) String error,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        if (user == null) {
            return login(credentialId);
        }
        IssuedCredential credential = yours(credentialId, user);
        model.addAttribute("credential", credential);
        model.addAttribute(
                "issuer", organizations.find(credential.organizationId()).orElseThrow());
        model.addAttribute("offer", renewals.offer(credential));
        model.addAttribute("sent", sent);
        model.addAttribute("error", EvidenceUpload.Failure.parse(error));
        model.addAttribute("uploadPath", EvidenceUpload.PATH + credentialId);
        model.addAttribute("maxMegabytes", Evidence.MAX_BYTES / (1024 * 1024));
        return "lifecycle/renew";
    }

    @PostMapping("/c/{credentialId}/renew")
    String ask(
            @PathVariable UUID credentialId,
            @RequestParam(required = false) String evidenceUrl,
            @AuthenticationPrincipal LaurelUser user) {
        if (user == null) {
            return login(credentialId);
        }
        IssuedCredential credential = yours(credentialId, user);
        try {
            Evidence evidence = evidenceUrl == null || evidenceUrl.isBlank() ? null : Evidence.link(evidenceUrl);
            RenewalRequest request = renewals.ask(credential, user.accountId(), evidence);
            return "redirect:" + path(credentialId) + "?sent="
                    + request.status().key();
        } catch (Problem refused) {
            return "redirect:" + path(credentialId) + "?error="
                    + EvidenceUpload.Failure.of(refused).key();
        }
    }

    private IssuedCredential yours(UUID credentialId, LaurelUser user) {
        return renewals.yours(new CredentialId(credentialId), user.accountId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String login(UUID credentialId) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/login")
                        .queryParam("continue", path(credentialId))
                        .encode()
                        .build()
                        .toUriString();
    }
}
