package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.server.claims.Acceptances;
import dev.laurel.server.claims.CredentialClaimed;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.signing.ProofFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An earner's backpack: what they keep (accepted here or imported), what was issued to their confirmed addresses and
 * waits to be accepted or declined, and who may see each credential.
 */
@Service
class Backpack {

    /** The most credentials a backpack lists. */
    static final int LIMIT = 500;

    /**
     * A credential kept in the backpack, as the page shows it.
     *
     * @param item the item
     * @param issued the issuing record when it was issued here, else null
     * @param standing where it stands today
     */
    record Entry(Item item, IssuedCredential issued, Standing standing) {
        /** The image to show: the badge's here, the imported credential's own otherwise. */
        public String imagePath() {
            return issued != null ? "/badges/" + issued.badgeId() + "/image" : "/i/" + item.id() + "/image";
        }
    }

    /** A credential issued to one of the account's addresses, waiting to be accepted or declined. */
    record Offer(IssuedCredential credential, String issuerName) {}

    /**
     * What to show: every field may be null.
     *
     * @param issuer only credentials from this issuer (by name)
     * @param skill only those with this skill
     * @param tag only those with this tag
     * @param standing only those standing so
     * @param oldestFirst sort by issue date, oldest first (else newest first)
     */
    record Filter(String issuer, String skill, String tag, Standing standing, boolean oldestFirst) {
        static final Filter NONE = new Filter(null, null, null, null, false);
    }

    /**
     * The backpack page.
     *
     * @param offers credentials waiting to be accepted, newest first
     * @param entries the credentials kept that pass the filter, sorted
     * @param total how many credentials are kept
     * @param issuers every issuer's name among those kept, for the filter
     * @param skills every skill among those kept, for the filter
     * @param tags every tag among those kept, for the filter
     * @param addresses the confirmed addresses credentials are offered for
     */
    record Contents(
            List<Offer> offers,
            List<Entry> entries,
            int total,
            Set<String> issuers,
            Set<String> skills,
            Set<String> tags,
            List<String> addresses) {}

    private final Items items;
    private final EarnerAddresses addresses;
    private final Acceptances acceptances;
    private final IssuedCredentials credentials;
    private final Badges badges;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Backpack(
            Items items,
            EarnerAddresses addresses,
            Acceptances acceptances,
            IssuedCredentials credentials,
            Badges badges,
            Organizations organizations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.addresses = addresses;
        this.acceptances = acceptances;
        this.credentials = credentials;
        this.badges = badges;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Contents of(UUID accountId, Filter filter) {
        List<Entry> all = entries(accountId);
        Set<String> issuers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> skills = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Entry entry : all) {
            Optional.ofNullable(entry.item().facts().issuerName()).ifPresent(issuers::add);
            skills.addAll(entry.item().skills());
            tags.addAll(entry.item().tags());
        }
        Comparator<Entry> byDate = Comparator.comparing(
                (Entry entry) -> issuedAt(entry.item()), Comparator.nullsLast(Comparator.naturalOrder()));
        List<Entry> shown = all.stream()
                .filter(entry -> filter.issuer() == null
                        || filter.issuer().equalsIgnoreCase(entry.item().facts().issuerName()))
                .filter(entry -> filter.skill() == null
                        || entry.item().skills().stream().anyMatch(filter.skill()::equalsIgnoreCase))
                .filter(entry ->
                        filter.tag() == null || entry.item().tags().stream().anyMatch(filter.tag()::equalsIgnoreCase))
                .filter(entry -> filter.standing() == null || filter.standing() == entry.standing())
                .sorted(filter.oldestFirst() ? byDate : byDate.reversed())
                .toList();
        List<String> confirmed = addresses.confirmed(accountId);
        return new Contents(offers(accountId, confirmed, all), shown, all.size(), issuers, skills, tags, confirmed);
    }

    /** Every credential kept, as entries. */
    List<Entry> entries(UUID accountId) {
        List<Entry> entries = new ArrayList<>();
        Instant now = clock.instant();
        for (Item item : items.of(accountId, LIMIT)) {
            IssuedCredential issued = item.imported()
                    ? null
                    : credentials.find(new CredentialId(item.credentialId())).orElse(null);
            entries.add(new Entry(item, issued, standing(item, issued, now)));
        }
        return entries;
    }

    /** The item, when it is in the account's backpack. */
    Optional<Entry> entry(UUID accountId, UUID itemId) {
        return items.find(itemId)
                .filter(item -> item.accountId().equals(accountId))
                .map(item -> {
                    IssuedCredential issued = item.imported()
                            ? null
                            : credentials
                                    .find(new CredentialId(item.credentialId()))
                                    .orElse(null);
                    return new Entry(item, issued, standing(item, issued, clock.instant()));
                });
    }

    /** The item, for anyone, unless its earner made it private. */
    Optional<Entry> publicEntry(UUID itemId) {
        return items.find(itemId)
                .filter(item -> item.visibility() != Visibility.PRIVATE)
                .flatMap(item -> entry(item.accountId(), itemId));
    }

    static Standing standing(Item item, IssuedCredential issued, Instant now) {
        if (issued != null && issued.state() == CredentialState.REVOKED) {
            return Standing.REVOKED;
        }
        if (issued != null && issued.state() == CredentialState.SUSPENDED) {
            return Standing.SUSPENDED;
        }
        if (item.imported() && item.check().status() != Standing.ACTIVE) {
            return item.check().status();
        }
        Instant until = item.facts().validUntil();
        if (until != null && !now.isBefore(until)) {
            return Standing.EXPIRED;
        }
        if (until != null && now.plus(Item.EXPIRING_SOON).isAfter(until)) {
            return Standing.EXPIRING;
        }
        return Standing.ACTIVE;
    }

    private static Instant issuedAt(Item item) {
        return item.facts().issuedAt() != null ? item.facts().issuedAt() : item.addedAt();
    }

    private List<Offer> offers(UUID accountId, List<String> confirmed, List<Entry> kept) {
        Set<UUID> skip = new HashSet<>(items.declined(accountId));
        kept.stream().map(e -> e.item().credentialId()).filter(id -> id != null).forEach(skip::add);
        Map<UUID, IssuedCredential> waiting = new LinkedHashMap<>();
        for (String address : confirmed) {
            for (IssuedCredential credential : credentials.toRecipient(address)) {
                if (!skip.contains(credential.id().value()) && credential.state() != CredentialState.REVOKED) {
                    waiting.putIfAbsent(credential.id().value(), credential);
                }
            }
        }
        Set<UUID> taken = acceptances.acceptedAmong(waiting.keySet());
        Map<OrganizationId, String> names = new LinkedHashMap<>();
        return waiting.values().stream()
                .filter(credential -> !taken.contains(credential.id().value()))
                .sorted(Comparator.comparing(IssuedCredential::issuedAt).reversed())
                .limit(LIMIT)
                .map(credential ->
                        new Offer(credential, names.computeIfAbsent(credential.organizationId(), id -> organizations
                                .find(id)
                                .map(Organization::name)
                                .orElse(""))))
                .toList();
    }

    /** Accepts a credential issued to one of the account's confirmed addresses; false when it cannot be. */
    @Transactional
    boolean accept(UUID accountId, UUID credentialId) {
        return acceptances.accept(credentialId, accountId, addresses.confirmed(accountId));
    }

    /** Declines a credential offered to the account: it is no longer offered. False when it was not offered. */
    @Transactional
    boolean decline(UUID accountId, UUID credentialId) {
        boolean offered = offers(accountId, addresses.confirmed(accountId), entries(accountId)).stream()
                .anyMatch(offer -> offer.credential().id().value().equals(credentialId));
        if (offered) {
            java.time.Instant now = clock.instant();
            items.decline(accountId, credentialId, now);
            credentials.recordClaim(
                    new dev.laurel.server.issuing.CredentialId(credentialId),
                    dev.laurel.server.issuing.ClaimState.DECLINED,
                    now);
        }
        return offered;
    }

    /** Changes who sees an item; false when it is not in the account's backpack. */
    @Transactional
    boolean changeVisibility(UUID accountId, UUID itemId, Visibility visibility) {
        Optional<Item> item = items.find(itemId).filter(i -> i.accountId().equals(accountId));
        item.ifPresent(i -> items.changeVisibility(i.id(), visibility));
        return item.isPresent();
    }

    /**
     * Removes an imported credential from the account's backpack (with its shares and its places in collections) and
     * announces it ({@link ImportEvents.ImportRemoved}); false when it is not an import in that backpack.
     */
    @Transactional
    boolean removeImport(UUID accountId, UUID itemId) {
        Optional<Item> item =
                items.lock(itemId).filter(i -> i.accountId().equals(accountId)).filter(Item::imported);
        item.ifPresent(i -> {
            items.remove(i.id());
            events.publishEvent(new ImportEvents.ImportRemoved(accountId, i.id()));
        });
        return item.isPresent();
    }

    /** A credential accepted here, through its claim link or from the backpack, joins the account's backpack. */
    @EventListener
    void on(CredentialClaimed claimed) {
        IssuedCredential credential =
                credentials.find(new CredentialId(claimed.credentialId())).orElseThrow();
        JsonNode json = credential.format() == ProofFormat.VC_JWT
                ? DecodedJwt.parse(credential.document()).credential()
                : Json.parse(credential.document());
        ItemFacts read = ItemFacts.of(json);
        // the signed JSON carries the badge's skills among its tags (OB 3.0 has no place of their own for skills
        // without a framework URL): the badge says which are which
        Optional<Badge> badge = badges.find(credential.badgeId());
        Set<String> skills = new LinkedHashSet<>(badge.map(Badge::skills).orElse(List.of()));
        skills.addAll(read.skills());
        List<String> tags = badge.map(Badge::tags).orElse(read.tags());
        ItemFacts facts = new ItemFacts(
                credential.badgeName(),
                organizations
                        .find(credential.organizationId())
                        .map(Organization::name)
                        .orElse(read.issuerName()),
                read.issuerId(),
                read.image(),
                List.copyOf(skills),
                tags,
                credential.issuedAt(),
                credential.validUntil());
        items.addIssued(
                claimed.accountId(),
                credential.id().value(),
                credential.format().key(),
                facts,
                clock.instant());
    }
}
