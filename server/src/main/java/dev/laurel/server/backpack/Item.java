package dev.laurel.server.backpack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A credential in a backpack: issued here ({@code credentialId}) or imported ({@code original}, the bytes exactly as
 * they came in).
 *
 * @param id the item's id; an imported credential's public page is {@code /i/ID}
 * @param accountId the earner's account
 * @param credentialId the credential issued here, or null for an import
 * @param originalKind for imports: {@code png}, {@code svg}, {@code json} or {@code jwt}
 * @param source for imports: the file name or URL it came from
 * @param format how it is secured, e.g. {@code di}, {@code jwt}, {@code ob3 data-integrity}, {@code ob2 hosted}
 * @param facts what it says
 * @param visibility who sees it
 * @param addedAt when it came into the backpack
 * @param issuedToEarner whether the credential names this earner: true for credentials issued here, for imports
 *     whether its recipient is one of the earner's confirmed addresses ({@link Addressee}); null for an import not
 *     yet checked for it
 * @param check for imports, where the latest verification left it; for credentials issued here, nothing checked
 */
record Item(
        UUID id,
        UUID accountId,
        UUID credentialId,
        String originalKind,
        String source,
        String format,
        ItemFacts facts,
        Visibility visibility,
        Instant addedAt,
        Boolean issuedToEarner,
        Check check) {

    /**
     * Where an import's verification left it, verified again in the background ({@link Rechecks}).
     *
     * @param status what its latest conclusive report says: active, revoked or suspended
     * @param verifiedAt when that report was made (on import, or by a later check); null for credentials issued here
     * @param checkedAt when it was last checked, conclusively or not
     * @param problem why the last check could not conclude, or null when it did
     */
    record Check(Standing status, Instant verifiedAt, Instant checkedAt, String problem) {
        /** Nothing checked: a credential issued here, whose state is the issuing record's. */
        static final Check NONE = new Check(Standing.ACTIVE, null, null, null);
    }

    /** How close to its expiry a credential is "expiring soon". */
    static final Duration EXPIRING_SOON = Duration.ofDays(30);

    public boolean imported() {
        return credentialId == null;
    }

    /** Whether the credential is known to name someone else: it is marked "Not issued to you" wherever it shows. */
    public boolean notIssuedToEarner() {
        return Boolean.FALSE.equals(issuedToEarner);
    }

    /**
     * Whether the platform may vouch for it as this earner's, in the CLR it signs: only when the credential is known to
     * name them.
     */
    public boolean carriedAsEarners() {
        return Boolean.TRUE.equals(issuedToEarner);
    }

    /**
     * Whether an import counts as its earner's credential, its expiry aside: it names them, its last check concluded
     * and verified it, and its issuer has not revoked or suspended it. Never for a credential issued here.
     */
    boolean counts() {
        return imported()
                && carriedAsEarners()
                && check.verifiedAt() != null
                && check.problem() == null
                && check.status() == Standing.ACTIVE;
    }

    /** The path of its public page. */
    public String publicPath() {
        return imported() ? "/i/" + id : "/c/" + credentialId;
    }

    public List<String> skills() {
        return facts.skills();
    }

    public List<String> tags() {
        return facts.tags();
    }
}
