package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.schema.CredentialSchema;
import dev.laurel.server.signing.PlatformKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A collection as a CLR 2.0 {@code ClrCredential}, signed by the platform's key ({@link PlatformKey}, {@code
 * did:web:HOST}): Laurel vouches that these credentials were gathered by this earner; each keeps its own issuer's
 * proof. Only Open Badges 3.0 credentials with an embedded (Data Integrity) proof can be carried: a VC-JWT is not a
 * JSON credential and an Open Badges 2.0 assertion is not a verifiable credential, so those are left out and named.
 * Nor is an import that does not name the earner ({@link Item#carriedAsEarners()}): the platform would be vouching that
 * someone else's credential is theirs. The subject is identified by the earner's address, salted and hashed. The
 * endorsements people gave a carried credential after it was signed, accepted by the earner and not withdrawn, go in
 * the ClrCredential's {@code endorsement} (each names its credential as {@code credentialSubject.id}).
 */
@Component
class ClrCollection {

    /** VC 2.0, CLR 2.0, Open Badges 3.0.3, and the 1EdTech extensions that define the credentialSchema type. */
    static final List<String> CONTEXT = List.of(
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json");

    /**
     * The signed CLR, and what was left out.
     *
     * @param credential the signed ClrCredential
     * @param leftOut the names of the collection's credentials that were not carried, for whatever reason
     * @param notIssuedToEarner the names of those left out because they do not name the earner
     */
    record Clr(ObjectNode credential, List<String> leftOut, List<String> notIssuedToEarner) {}

    private final PlatformKey platform;
    private final Items items;
    private final CreditsLedger ledger;
    private final java.util.Optional<EndorsedDownloads> endorsed;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ClrCollection(
            PlatformKey platform,
            Items items,
            CreditsLedger ledger,
            java.util.Optional<EndorsedDownloads> endorsed,
            Clock clock) {
        this.endorsed = endorsed;
        this.platform = platform;
        this.items = items;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * The collection's CLR; the credits ledger's cycles ({@link CreditsLedger}, counted over {@code all} the earner's
     * credentials) of its members go in as {@code evidence}, one Evidence each.
     */
    Clr of(
            BadgeCollections.BadgeCollection collection,
            List<Backpack.Entry> members,
            List<Backpack.Entry> all,
            String earnerEmail) {
        ObjectNode clr = Json.MAPPER.createObjectNode();
        ArrayNode context = clr.putArray("@context");
        CONTEXT.forEach(context::add);
        clr.put("id", "urn:uuid:" + UUID.randomUUID());
        clr.putArray("type").add("VerifiableCredential").add("ClrCredential");
        ObjectNode issuer = clr.putObject("issuer");
        issuer.put("id", platform.did());
        issuer.putArray("type").add("Profile");
        issuer.put("name", "Laurel");
        clr.put("name", collection.name());
        if (collection.description() != null) {
            clr.put("description", collection.description());
        }
        clr.put("validFrom", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode subject = clr.putObject("credentialSubject");
        subject.putArray("type").add("ClrSubject");
        String salt = HexFormat.of().formatHex(random.generateSeed(8));
        subject.putArray("identifier")
                .addObject()
                .put("type", "IdentityObject")
                .put("identityHash", "sha256$" + sha256(earnerEmail.strip().toLowerCase() + salt))
                .put("identityType", "emailAddress")
                .put("hashed", true)
                .put("salt", salt);
        ArrayNode carried = subject.putArray("verifiableCredential");
        List<String> leftOut = new java.util.ArrayList<>();
        List<String> notIssuedToEarner = new java.util.ArrayList<>();
        List<String> endorsements = new java.util.ArrayList<>();
        for (Backpack.Entry member : members) {
            if (!member.item().carriedAsEarners()) {
                leftOut.add(member.item().facts().name());
                notIssuedToEarner.add(member.item().facts().name());
                continue;
            }
            JsonNode json = json(member);
            if (json != null) {
                carried.add(json);
                if (member.item().credentialId() != null) {
                    endorsed.ifPresent(
                            e -> endorsements.addAll(e.standing(member.item().credentialId())));
                }
            } else {
                leftOut.add(member.item().facts().name());
            }
        }
        if (!endorsements.isEmpty()) {
            ArrayNode endorsement = clr.putArray("endorsement");
            endorsements.forEach(json -> endorsement.add(Json.parse(json)));
        }
        credits(clr, members, all);
        clr.putArray("credentialSchema")
                .addObject()
                .put("id", CredentialSchema.CLR_CREDENTIAL.url())
                .put("type", "1EdTechJsonSchemaValidator2019");
        return new Clr(platform.sign(clr), List.copyOf(leftOut), List.copyOf(notIssuedToEarner));
    }

    /** The member as a JSON credential with an embedded proof, or null when it is not one. */
    private JsonNode json(Backpack.Entry member) {
        Originals.Document document = Originals.of(member, items);
        if (!document.kind().equals("json")) {
            return null;
        }
        JsonNode json;
        try {
            json = Json.parse(document.bytes());
        } catch (RuntimeException e) {
            return null;
        }
        JsonNode types = json.path("type");
        boolean ob3 =
                types.isArray() && (contains(types, "AchievementCredential") || contains(types, "OpenBadgeCredential"));
        return ob3 && json.has("proof") ? json : null;
    }

    private void credits(ObjectNode clr, List<Backpack.Entry> members, List<Backpack.Entry> all) {
        java.util.Set<UUID> carried = new java.util.HashSet<>();
        members.stream()
                .filter(member ->
                        member.item().carriedAsEarners() && member.item().credentialId() != null)
                .forEach(member -> carried.add(member.item().credentialId()));
        List<CreditsLedger.Cycle> cycles = ledger.of(all).stream()
                .filter(cycle -> carried.contains(cycle.credentialId()))
                .toList();
        if (cycles.isEmpty()) {
            return;
        }
        ArrayNode evidence = clr.putArray("evidence");
        for (CreditsLedger.Cycle cycle : cycles) {
            StringBuilder narrative = new StringBuilder();
            for (CreditsLedger.Line line : cycle.lines()) {
                narrative.append("- ").append(line.badge());
                if (line.issuer() != null) {
                    narrative.append(" (").append(line.issuer()).append(')');
                }
                narrative
                        .append(", ")
                        .append(line.issuedAt().truncatedTo(ChronoUnit.DAYS).toString(), 0, 10)
                        .append(": ")
                        .append(line.credits().toPlainString())
                        .append(line.imported() ? " (imported)\n" : "\n");
            }
            ObjectNode entry = evidence.addObject();
            entry.putArray("type").add("Evidence");
            entry.put("name", "Continuing-education credits towards renewing " + cycle.badge());
            entry.put(
                    "description",
                    cycle.earned().toPlainString() + " of " + cycle.needed().toPlainString()
                            + " credits earned from " + cycle.from().toString().substring(0, 10) + " to "
                            + cycle.until().toString().substring(0, 10));
            if (!narrative.isEmpty()) {
                entry.put("narrative", narrative.toString());
            }
        }
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
