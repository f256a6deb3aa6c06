package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.accounts.Account;
import dev.laurel.server.accounts.Accounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Who an address belongs to and the credentials their backpack imported, as other modules match them (pathways):
 * read-only, batched for many earners at once. Thread-safe.
 */
@Service
public class HeldImports {

    /**
     * The account an address belongs to, by its sign-in address or a confirmed further one.
     *
     * @param email the account's sign-in address, lowercased: the earner's one name across modules
     * @param addresses every address of the account, lowercased, the sign-in address included
     */
    public record Holder(UUID accountId, String email, Set<String> addresses) {
        public Holder {
            addresses = Set.copyOf(addresses);
        }
    }

    /**
     * An imported credential, as its JSON says (for a VC-JWT its payload's credential; for a baked image the credential
     * inside); absent values are null.
     *
     * @param itemId the backpack item
     * @param id the credential's own id (its {@code id}), or null
     * @param achievementId {@code credentialSubject.achievement.id} (Open Badges 3.0) or the BadgeClass's id (2.0)
     * @param name the achievement's name
     * @param issuerId the issuer's id (a DID or URL)
     * @param alignments each alignment's {@code targetUrl} and {@code targetCode} (3.0 and 2.0 terms)
     * @param issuedAt validFrom (issuanceDate, issuedOn)
     * @param validUntil when it expires
     * @param credits {@code credentialSubject.creditsEarned}
     * @param verified whether it counts: verified at the last check, not revoked or suspended by its issuer, and
     *     issued to the account's earner
     */
    public record Import(
            UUID itemId,
            String id,
            String achievementId,
            String name,
            String issuerId,
            String issuerName,
            Set<String> alignments,
            Instant issuedAt,
            Instant validUntil,
            BigDecimal credits,
            boolean verified) {
        public Import {
            alignments = Set.copyOf(alignments);
        }
    }

    private final Accounts accounts;
    private final EarnerAddresses addresses;
    private final Items items;
    private final Clock clock;

    HeldImports(Accounts accounts, EarnerAddresses addresses, Items items, Clock clock) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.items = items;
        this.clock = clock;
    }

    /**
     * The holders of these addresses, by the address as given lowercased; addresses of no account are left out. An
     * account holds addresses once its sign-in address is confirmed, as its backpack offers credentials
     * ({@link EarnerAddresses#confirmed}). At most four queries, however many addresses.
     */
    public Map<String, Holder> holders(Collection<String> emails) {
        Set<String> wanted = new LinkedHashSet<>();
        emails.stream().filter(email -> email != null && !email.isBlank()).forEach(email -> wanted.add(lower(email)));
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Account> owners = new HashMap<>();
        Map<String, UUID> owned = new HashMap<>();
        for (Account account : accounts.findByEmails(wanted)) {
            if (account.emailVerified()) {
                owners.put(account.id(), account);
                owned.put(lower(account.email()), account.id());
            }
        }
        Map<String, UUID> further = addresses.owners(wanted);
        Set<UUID> unknown = new HashSet<>(further.values());
        unknown.removeAll(owners.keySet());
        accounts.findAll(unknown).stream()
                .filter(Account::emailVerified)
                .forEach(account -> owners.put(account.id(), account));
        further.forEach((email, owner) -> {
            if (owners.containsKey(owner)) {
                owned.putIfAbsent(email, owner);
            }
        });
        if (owners.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> confirmed = addresses.confirmedFurther(owners.keySet());
        Map<UUID, Holder> holders = new HashMap<>();
        for (Account account : owners.values()) {
            Set<String> all = new LinkedHashSet<>();
            all.add(lower(account.email()));
            all.addAll(confirmed.getOrDefault(account.id(), List.of()));
            holders.put(account.id(), new Holder(account.id(), lower(account.email()), all));
        }
        Map<String, Holder> byAddress = new LinkedHashMap<>();
        for (String email : wanted) {
            UUID owner = owned.get(email);
            if (owner != null && holders.containsKey(owner)) {
                byAddress.put(email, holders.get(owner));
            }
        }
        return byAddress;
    }

    /** Every import of each of these accounts (none for an account without any); one query. */
    public Map<UUID, List<Import>> imports(Collection<UUID> accountIds) {
        Instant now = clock.instant();
        Map<UUID, List<Import>> imports = new LinkedHashMap<>();
        accountIds.forEach(id -> imports.put(id, new ArrayList<>()));
        for (Map.Entry<UUID, Import> held : items.imports(
                imports.keySet(), (item, original) -> Map.entry(item.accountId(), of(item, original, now)))) {
            imports.get(held.getKey()).add(held.getValue());
        }
        imports.replaceAll((id, list) -> List.copyOf(list));
        return imports;
    }

    /** The import as its credential says, its facts as kept when the credential cannot be read. */
    private static Import of(Item item, Items.Original original, Instant now) {
        JsonNode read = original.credential();
        JsonNode credential = read == null ? Json.MAPPER.createObjectNode() : read;
        ItemFacts facts = read == null ? item.facts() : ItemFacts.of(credential, original::resolve);
        Instant validUntil = facts.validUntil();
        boolean current = validUntil == null || now.isBefore(validUntil);
        return new Import(
                item.id(),
                credential.path("id").isTextual() ? credential.path("id").asText() : null,
                ItemFacts.achievementId(credential),
                facts.name() != null ? facts.name() : item.facts().name(),
                facts.issuerId(),
                facts.issuerName(),
                ItemFacts.alignments(credential, original::resolve),
                facts.issuedAt(),
                validUntil,
                ItemFacts.credits(credential),
                item.counts() && current);
    }

    private static String lower(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
