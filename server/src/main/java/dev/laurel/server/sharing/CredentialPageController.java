package dev.laurel.server.sharing;

import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.platform.LaurelSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public credential page, {@code /c/ID} as HTML, and its verification panel: the page loads the panel with htmx
 * from {@code /c/ID/verification}, which without htmx is a page of its own the placeholder links to. Serving the page
 * announces a {@link CredentialViewed}.
 */
@Controller
class CredentialPageController {

    private final SharedCredentials credentials;
    private final LiveVerification verification;
    private final PageViews views;
    private final LifecyclePolicies policies;
    private final LaurelSettings settings;
    private final Clock clock;

    CredentialPageController(
            SharedCredentials credentials,
            LiveVerification verification,
            PageViews views,
            LifecyclePolicies policies,
            LaurelSettings settings,
            Clock clock) {
        this.policies = policies;
        this.settings = settings;
        this.credentials = credentials;
        this.verification = verification;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/c/{id}")
    String page(
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String userAgent,
            Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        SharedCredential shared = find(id);
        views.viewed(shared, userAgent);
        IssuedCredential credential = shared.credential();
        java.time.Instant now = clock.instant();
        boolean expired = credential.expired(now);
        model.addAttribute("shared", shared);
        model.addAttribute("now", now);
        model.addAttribute("status", credential.status(now));
        model.addAttribute("expired", expired);
        model.addAttribute(
                "shareable",
                !expired
                        || !policies.of(credential.organizationId(), credential.badgeId())
                                .hideShareWhenExpired());
        model.addAttribute(
                "badgeImage", settings.url("/badges/" + shared.credential().badgeId() + "/image"));
        return "sharing/credential";
    }

    @GetMapping("/c/{id}/verification")
    String verification(
            @PathVariable String id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        SharedCredential shared = find(id);
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("shared", shared);
        model.addAttribute("outcome", verification.verify(shared, locale));
        model.addAttribute("checkedAt", clock.instant());
        return htmx == null ? "sharing/verification" : "sharing/verification :: panel";
    }

    private SharedCredential find(String id) {
        return credentials.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
