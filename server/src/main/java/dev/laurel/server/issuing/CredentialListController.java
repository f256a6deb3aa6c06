package dev.laurel.server.issuing;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The organization's credentials as a list to work through: searched, filtered, sorted, in pages of {@value #PAGE}
 * (keyset: "next" continues after the last row shown), exported as CSV with the same filters, and selected for the
 * actions on a selection.
 */
@Controller
class CredentialListController {

    static final int PAGE = 50;

    private final IssuedCredentials credentials;
    private final CredentialsCsv csv;
    private final Badges badges;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;
    private final Clock clock;

    CredentialListController(
            IssuedCredentials credentials,
            CredentialsCsv csv,
            Badges badges,
            Organizations organizations,
            TenantAccess access,
            MessageSource messages,
            Clock clock) {
        this.credentials = credentials;
        this.csv = csv;
        this.badges = badges;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The list's query parameters, as the filter form sends them. */
    record ListFilters(
            String q,
            String badge,
            String state,
            String issuedAfter,
            String issuedBefore,
            String expiringWithin,
            String job,
            String sort) {

        CredentialFilters filters() {
            return new CredentialFilters(
                    q, null, badge, state, null, issuedAfter, issuedBefore, expiringWithin, job, sort);
        }

        /** Whether any filter narrows the list (an order does not). */
        boolean any() {
            return java.util.stream.Stream.of(q, badge, state, issuedAfter, issuedBefore, expiringWithin, job)
                    .anyMatch(value -> value != null && !value.isBlank());
        }
    }

    @GetMapping("/organizations/{id}/credentials")
    String list(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            ListFilters filters,
            @RequestParam(required = false) UUID after,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        OrganizationId organizationId = new OrganizationId(id);
        Role role = access.require(organizationId, user, Role.VIEWER);
        Instant now = clock.instant();
        model.addAttribute("organization", organizations.find(organizationId).orElseThrow());
        model.addAttribute("now", now);
        model.addAttribute("statuses", CredentialStatus.values());
        model.addAttribute("claims", ClaimState.values());
        model.addAttribute("orders", CredentialOrder.values());
        model.addAttribute("canIssue", role.includes(Role.ISSUER));
        model.addAttribute("badges", badges.of(organizationId));
        model.addAttribute("f", filters);
        model.addAttribute("filtered", filters.any());
        String base = "/organizations/" + id + "/credentials";
        model.addAttribute("exportUrl", url(base + "/export.csv", request, null));
        model.addAttribute("listUrl", url(base, request, null));
        IssuedCredentials.Search search;
        try {
            search = filters.filters().search(now);
        } catch (CredentialFilters.Invalid invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "flashError", messages.getMessage("credentials.filter.invalid." + invalid.field(), null, locale));
            model.addAttribute("credentials", List.of());
            return "issuing/credentials";
        }
        List<IssuedCredential> found = credentials.listed(
                organizationId,
                search,
                after == null ? null : new IssuedCredentials.Position(null, new CredentialId(after)),
                PAGE + 1,
                now);
        List<IssuedCredential> page = found.size() > PAGE ? found.subList(0, PAGE) : found;
        model.addAttribute("credentials", page);
        model.addAttribute("paged", after != null);
        model.addAttribute(
                "next", found.size() > PAGE ? url(base, request, page.getLast().id()) : null);
        return "issuing/credentials";
    }

    /** {@code path} with the request's query, its {@code after} replaced by {@code after} (removed when null). */
    private static String url(String path, HttpServletRequest request, CredentialId after) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path).query(request.getQueryString());
        if (after == null) {
            url.replaceQueryParam("after");
        } else {
            url.replaceQueryParam("after", after.value());
        }
        return url.build(true).toUriString();
    }

    @GetMapping("/organizations/{id}/credentials/export.csv")
    void export(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            ListFilters filters,
            HttpServletResponse response)
            throws IOException {
        OrganizationId organizationId = new OrganizationId(id);
        access.require(organizationId, user, Role.VIEWER);
        IssuedCredentials.Search search;
        try {
            search = filters.filters().search(clock.instant());
        } catch (CredentialFilters.Invalid invalid) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), invalid.field() + " " + invalid.getMessage());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("credentials.csv")
                        .build()
                        .toString());
        csv.write(organizationId, search, response.getOutputStream());
    }
}
