package dev.laurel.server.audit;

import dev.laurel.server.accounts.Account;
import dev.laurel.server.accounts.Accounts;
import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An organization's audit log, for its owners and admins: newest first, 50 entries a page. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final AuditLog log;
    private final TenantAccess access;
    private final Organizations organizations;
    private final Accounts accounts;
    private final ApiKeys keys;
    private final MessageSource messages;

    AuditController(
            AuditLog log,
            TenantAccess access,
            Organizations organizations,
            Accounts accounts,
            ApiKeys keys,
            MessageSource messages) {
        this.log = log;
        this.access = access;
        this.organizations = organizations;
        this.accounts = accounts;
        this.keys = keys;
        this.messages = messages;
    }

    /**
     * An entry as the page shows it.
     *
     * @param actor who acted, named as their account is now; null when no person acted or the account is gone
     * @param apiKey the API key that acted, as "name (prefix)", or null
     * @param automatic true when neither a person nor an API key acted
     */
    record Line(
            long id,
            Instant at,
            String when,
            Account actor,
            String apiKey,
            boolean automatic,
            String action,
            String label,
            String subject,
            List<Detail> details) {}

    /** One fact of an entry's details, labelled. */
    record Detail(String label, String value) {}

    @GetMapping("/organizations/{id}/audit")
    String page(
            @PathVariable UUID id,
            @RequestParam(required = false) Long before,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            Model model) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        List<AuditLog.Recorded> found = log.newestFirst(id, before, PAGE_SIZE + 1);
        List<AuditLog.Recorded> shown = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        Map<UUID, Optional<Account>> actors = new HashMap<>();
        Map<String, String> apiKeys = new HashMap<>();
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute(
                "entries",
                shown.stream()
                        .map(entry -> line(entry, actors, apiKeys, locale))
                        .toList());
        model.addAttribute("older", found.size() > PAGE_SIZE ? shown.getLast().id() : null);
        model.addAttribute("paged", before != null);
        return "audit/log";
    }

    private String keyName(String id) {
        try {
            return keys.find(UUID.fromString(id))
                    .map(key -> key.name() + " (" + key.prefix() + ")")
                    .orElse(id);
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    private Line line(
            AuditLog.Recorded entry, Map<UUID, Optional<Account>> actors, Map<String, String> apiKeys, Locale locale) {
        Account actor = entry.actorAccountId() == null
                ? null
                : actors.computeIfAbsent(entry.actorAccountId(), accounts::find).orElse(null);
        Object keyId = entry.details().get(AuditEntry.API_KEY);
        String apiKey = keyId == null ? null : apiKeys.computeIfAbsent(String.valueOf(keyId), this::keyName);
        List<Detail> details = entry.details().entrySet().stream()
                .map(detail -> new Detail(
                        messages.getMessage("audit.detail." + detail.getKey(), null, detail.getKey(), locale),
                        String.valueOf(detail.getValue())))
                .toList();
        return new Line(
                entry.id(),
                entry.at(),
                WHEN.format(entry.at()),
                actor,
                apiKey,
                entry.actorAccountId() == null && apiKey == null,
                entry.action(),
                messages.getMessage("audit.action." + entry.action(), null, entry.action(), locale),
                entry.subject(),
                details);
    }
}
