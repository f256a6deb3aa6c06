package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The BadgeClass, issuer Profile and revocation list of one assertion, resolved on first use.
 *
 * <p>A BadgeClass embedded in the assertion is taken as it is: it is as trustworthy as the assertion (hosted at the
 * issuer's origin, or signed). The issuer Profile, though, is always fetched from its own {@code id}: its
 * verification policy, keys and revocation list are only the issuer's word when read from the issuer's URL, never
 * from a copy embedded by whoever made the assertion. The exception is Open Badges 0.5, whose issuer has no URL of its
 * own: it is the one embedded, identified by its origin, which the hosted assertion's URL must be on. An Open Badges
 * 1.x issuer's revocation list, in its 1.x form, is read as a 2.0 one. Not thread-safe: one instance serves one verification.
 */
final class LinkedObjects {

    private final ObjectNode assertion;
    private final AssertionVersion version;
    private final Documents documents;
    private Linked badgeClass;
    private Linked issuer;
    private Optional<Linked> revocationList;

    LinkedObjects(ObjectNode assertion, AssertionVersion version, Documents documents) {
        this.assertion = assertion;
        this.version = version;
        this.documents = documents;
    }

    Documents documents() {
        return documents;
    }

    Linked badgeClass() {
        if (badgeClass == null) {
            badgeClass = resolveBadgeClass();
        }
        return badgeClass;
    }

    /** The issuer's id as the BadgeClass names it. */
    Optional<String> issuerId() {
        return badgeClass() instanceof Linked.Found found
                ? Nodes.idOf(found.node().get("issuer"))
                : Optional.empty();
    }

    Linked issuer() {
        if (issuer == null) {
            issuer = resolveIssuer();
        }
        return issuer;
    }

    /** The issuer's revocation list; empty when the issuer publishes none. */
    Optional<Linked> revocationList() {
        if (revocationList == null) {
            revocationList = resolveRevocationList();
        }
        return revocationList;
    }

    /**
     * The BadgeClass and issuer Profile found so far (fetched, or the BadgeClass embedded), by their id; resolves
     * nothing: what no check needed is not there.
     */
    Map<String, JsonNode> found() {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        if (badgeClass instanceof Linked.Found badge) {
            Nodes.idOf(assertion.get("badge")).ifPresent(id -> found.put(id, badge.node()));
            if (issuer instanceof Linked.Found profile) {
                issuerId().ifPresent(key -> found.put(key, profile.node()));
            }
        }
        return found;
    }

    private Linked resolveBadgeClass() {
        JsonNode badge = assertion.get("badge");
        if (badge instanceof ObjectNode embedded) {
            return new Linked.Found(
                    OpenBadges1.is(embedded) ? OpenBadges1.linked(embedded, "BadgeClass", Optional.empty()) : embedded);
        }
        if (badge == null || !badge.isTextual()) {
            return new Linked.Missing(
                    "the assertion's badge must be a BadgeClass URL or object, not " + Nodes.describe(badge));
        }
        return upgraded(documents.get(badge.asText(), "the BadgeClass"), "BadgeClass");
    }

    private Linked resolveIssuer() {
        if (badgeClass() instanceof Linked.Missing missing) {
            return new Linked.Missing("the issuer is unknown because the BadgeClass is: " + missing.message());
        }
        ObjectNode badge = ((Linked.Found) badgeClass()).node();
        if (version == AssertionVersion.V0_5 && badge.get("issuer") instanceof ObjectNode embedded) {
            return new Linked.Found(embedded);
        }
        Optional<String> id = Nodes.idOf(badge.get("issuer"));
        if (id.isEmpty()) {
            return new Linked.Missing("the BadgeClass names no issuer: its issuer is "
                    + Nodes.describe(badge.get("issuer")) + ", expected a Profile URL or object with an id");
        }
        if (Nodes.httpUrl(id.get()).isEmpty()) {
            return new Linked.Missing("the issuer " + id.get() + " is not an http(s) URL: its Profile cannot be"
                    + " fetched, and an embedded copy cannot vouch for itself");
        }
        return upgraded(documents.get(id.get(), "the issuer Profile"), "Issuer");
    }

    /** A fetched BadgeClass or issuer, read as Open Badges 2.0 when it is in the 1.x form. */
    private static Linked upgraded(Retrieval retrieval, String type) {
        if (retrieval instanceof Retrieval.Retrieved retrieved && OpenBadges1.is(retrieved.document())) {
            return new Linked.Found(OpenBadges1.linked(
                    retrieved.document(), type, Optional.of(retrieved.url().toString())));
        }
        return Linked.of(retrieval);
    }

    private Optional<Linked> resolveRevocationList() {
        if (issuer() instanceof Linked.Missing missing) {
            return Optional.of(new Linked.Missing("the revocation list cannot be checked: " + missing.message()));
        }
        JsonNode list = ((Linked.Found) issuer()).node().get("revocationList");
        if (list == null || list.isNull()) {
            return Optional.empty();
        }
        Optional<String> url = Nodes.idOf(list);
        if (url.isEmpty()) {
            return Optional.of(
                    new Linked.Missing("the issuer's revocationList must be a URL, not " + Nodes.describe(list)));
        }
        Retrieval retrieval = documents.get(url.get(), "the revocation list");
        if (version == AssertionVersion.V1
                && retrieval instanceof Retrieval.Retrieved retrieved
                && OpenBadges1.isRevocationList(retrieved.document())) {
            return Optional.of(new Linked.Found(OpenBadges1.revocationList(retrieved.document(), url.get())));
        }
        return Optional.of(Linked.of(retrieval));
    }
}
