package dev.laurel.server.pathways;

import dev.laurel.server.backpack.HeldImports;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.signing.IssuerKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What earners hold, as pathways match it: the credentials issued on this Laurel to any of their addresses and the
 * imports in their backpack. An earner is named by one address: the sign-in address of the account an address belongs
 * to, else the address itself. Batched: a few queries for any number of earners.
 */
@Component
class Holdings {

    private final IssuedCredentials credentials;
    private final HeldImports imports;
    private final Badges badges;
    private final Organizations organizations;
    private final IssuerKeys issuers;
    private final LaurelSettings settings;
    private final Clock clock;

    Holdings(
            IssuedCredentials credentials,
            HeldImports imports,
            Badges badges,
            Organizations organizations,
            IssuerKeys issuers,
            LaurelSettings settings,
            Clock clock) {
        this.credentials = credentials;
        this.imports = imports;
        this.badges = badges;
        this.organizations = organizations;
        this.issuers = issuers;
        this.settings = settings;
        this.clock = clock;
    }

    /** The earner's one address for each of {@code emails}, by the address lowercased. */
    Map<String, String> earners(Collection<String> emails) {
        List<String> lower = lower(emails);
        Map<String, HeldImports.Holder> holders = imports.holders(lower);
        Map<String, String> earners = new LinkedHashMap<>();
        for (String email : lower) {
            HeldImports.Holder holder = holders.get(email);
            earners.put(email, holder == null ? email : holder.email());
        }
        return earners;
    }

    /** What each earner behind {@code emails} holds, by the earner's one address. */
    Map<String, List<Held>> of(Collection<String> emails) {
        List<String> lower = lower(emails);
        Map<String, HeldImports.Holder> holders = imports.holders(lower);
        Map<String, String> earnerOf = new HashMap<>();
        Map<String, UUID> accounts = new HashMap<>();
        for (String email : lower) {
            HeldImports.Holder holder = holders.get(email);
            if (holder == null) {
                earnerOf.put(email, email);
            } else {
                holder.addresses().forEach(address -> earnerOf.put(address, holder.email()));
                earnerOf.put(email, holder.email());
                accounts.put(holder.email(), holder.accountId());
            }
        }
        Map<String, List<Held>> held = new LinkedHashMap<>();
        new LinkedHashSet<>(earnerOf.values()).forEach(earner -> held.put(earner, new ArrayList<>()));
        Instant now = clock.instant();
        Facts facts = new Facts();
        for (IssuedCredentials.Holding holding : credentials.heldBy(earnerOf.keySet())) {
            String earner = earnerOf.get(holding.recipientEmail());
            if (earner != null) {
                held.get(earner).add(facts.held(holding, now));
            }
        }
        if (!accounts.isEmpty()) {
            Map<UUID, List<HeldImports.Import>> imported = imports.imports(accounts.values());
            accounts.forEach((earner, account) -> imported.getOrDefault(account, List.of())
                    .forEach(item -> held.get(earner).add(held(item))));
        }
        return held;
    }

    private static Held held(HeldImports.Import item) {
        return new Held(
                item.id(),
                null,
                null,
                item.achievementId(),
                item.name(),
                item.issuerId(),
                item.issuerName(),
                item.alignments(),
                item.issuedAt(),
                item.credits(),
                item.verified());
    }

    private static List<String> lower(Collection<String> emails) {
        return emails.stream()
                .map(e -> e.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** Badges and issuers read once per batch. */
    private final class Facts {
        private final Map<BadgeId, Badge> badgesById = new HashMap<>();
        private final Map<OrganizationId, String[]> issuersById = new HashMap<>();

        Held held(IssuedCredentials.Holding holding, Instant now) {
            Badge badge = badgesById.computeIfAbsent(
                    holding.badgeId(), id -> badges.find(id).orElseThrow());
            String[] issuer = issuersById.computeIfAbsent(holding.organizationId(), id -> new String[] {
                issuers.issuerDid(id.value()),
                organizations.find(id).map(Organization::name).orElse(null)
            });
            Set<String> alignments = Held.alignments(badge);
            return new Held(
                    settings.url("/c/" + holding.id().value()),
                    holding.id(),
                    holding.badgeId(),
                    settings.url("/badges/" + holding.badgeId().value()),
                    badge.name(),
                    issuer[0],
                    issuer[1],
                    alignments,
                    holding.issuedAt(),
                    holding.creditsEarned(),
                    holding.current(now));
        }
    }
}
