package dev.laurel.server.issuing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.status.BitstringStatusListEntry;
import dev.laurel.credentials.status.StatusPurpose;
import dev.laurel.server.issuing.IssuingEvents.SuppliedCredentialIssued;
import dev.laurel.server.issuing.IssuingEvents.SuppliedCredentialStatusChanged;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.signing.IssuerIdentifier;
import dev.laurel.server.signing.ProofFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credentials whose content a client supplied — through the VC-API — rather than built from a badge, as a collection:
 * issuing one (status entries from the organization's lists and its active key's proof, by {@link Minting} as for
 * badge credentials; stored exactly as signed in a table of their own, announced),
 * finding one by the name the client gave it, and changing its status. Callers check that whoever asks may act for
 * the organization. Thread-safe.
 *
 * <p>Revocation sets the credential's bit in a revocation list and cannot be undone; suspension sets its bit in a
 * suspension list and can be lifted. Either is seen at once by every verifier, as both lists are re-signed on change.
 */
@Service
public class SuppliedCredentials {

    /** A credential of this id already exists in the organization. */
    public static final class DuplicateCredentialIdException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateCredentialIdException(String credentialId) {
            super("the organization already issued a credential named '" + credentialId + "'");
        }
    }

    /** A status change the credential does not allow: undoing a revocation, or a purpose it has no entry for. */
    public static final class NotAllowedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAllowedException(String message) {
            super(message);
        }
    }

    private final SuppliedCredentialRows rows;
    private final StatusLists statusLists;
    private final Minting minting;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SuppliedCredentials(
            SuppliedCredentialRows rows,
            StatusLists statusLists,
            Minting minting,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.statusLists = statusLists;
        this.minting = minting;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a status entry for each of {@code purposes} (revocation first) to {@code credential}, signs it with the
     * organization's active key as a key of {@code identifier}, the issuer the credential names, and stores it.
     *
     * @param credentialId the name the client refers to the credential by, or null
     * @param apiKeyId the API key that asked, for the record
     * @throws DuplicateCredentialIdException when the organization already has a credential of that name
     * @throws dev.laurel.credentials.jsonld.JsonLdException when the credential is not valid JSON-LD for the bundled
     *     contexts
     * @throws IllegalArgumentException when a VC-JWT cannot carry it (validFrom or validUntil not a date-time)
     */
    @Transactional
    public SuppliedCredential issue(
            UUID organizationId,
            ObjectNode credential,
            IssuerIdentifier identifier,
            String credentialId,
            Set<StatusPurpose> purposes,
            ProofFormat format,
            UUID apiKeyId) {
        if (!purposes.contains(StatusPurpose.REVOCATION)
                || !Set.of(StatusPurpose.REVOCATION, StatusPurpose.SUSPENSION).containsAll(purposes)) {
            throw new IllegalArgumentException(
                    "a supplied credential has a revocation entry, and maybe a suspension " + "entry, not " + purposes);
        }
        if (credentialId != null && rows.find(organizationId, credentialId).isPresent()) {
            throw new DuplicateCredentialIdException(credentialId);
        }
        List<StatusPurpose> order = purposes.contains(StatusPurpose.SUSPENSION)
                ? List.of(StatusPurpose.REVOCATION, StatusPurpose.SUSPENSION)
                : List.of(StatusPurpose.REVOCATION);
        Minting.Minted minted = minting.mint(
                        organizationId,
                        identifier,
                        1,
                        order,
                        format,
                        (i, status) -> withStatus(credential, order, status))
                .getFirst();
        StatusLists.Position revocation = minted.status().getFirst();
        StatusLists.Position suspension =
                minted.status().size() > 1 ? minted.status().get(1) : null;
        String document = minted.document();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            rows.add(id, organizationId, credentialId, format, document, revocation, suspension, now, apiKeyId);
        } catch (DuplicateKeyException e) {
            throw new DuplicateCredentialIdException(credentialId);
        }
        events.publishEvent(
                new SuppliedCredentialIssued(new OrganizationId(organizationId), id, credentialId, apiKeyId));
        return rows.find(organizationId, id).orElseThrow();
    }

    /** The organization's credential the client named {@code credentialId}. */
    public Optional<SuppliedCredential> find(UUID organizationId, String credentialId) {
        return rows.find(organizationId, credentialId);
    }

    /**
     * Sets ({@code flagged}) or clears the credential's bit for {@code purpose}. Setting what is set, or clearing what
     * is clear, changes nothing.
     *
     * @return the credential as it stands after the change, or empty when the organization has no such credential
     * @throws NotAllowedException when clearing a revocation, or when the credential has no entry for {@code purpose}
     */
    @Transactional
    public Optional<SuppliedCredential> changeStatus(
            UUID organizationId, String credentialId, StatusPurpose purpose, boolean flagged, UUID apiKeyId) {
        Optional<SuppliedCredential> found = rows.lock(organizationId, credentialId);
        if (found.isEmpty()) {
            return found;
        }
        SuppliedCredential credential = found.get();
        SuppliedCredential.Entry entry = credential
                .entry(purpose)
                .orElseThrow(() -> new NotAllowedException("the credential has no " + purpose.value()
                        + " status entry"
                        + (purpose == StatusPurpose.SUSPENSION
                                ? " (Open Badges and CLR credentials carry a revocation entry only)"
                                : "")));
        boolean current = purpose == StatusPurpose.REVOCATION ? credential.revoked() : credential.suspended();
        if (current == flagged) {
            return found;
        }
        if (purpose == StatusPurpose.REVOCATION && !flagged) {
            throw new NotAllowedException("the credential is revoked, and revocation cannot be undone");
        }
        statusLists.set(entry.listId(), entry.index(), flagged);
        rows.changeStatus(credential.id(), purpose, flagged ? clock.instant() : null);
        events.publishEvent(new SuppliedCredentialStatusChanged(
                new OrganizationId(organizationId), credential.id(), credentialId, purpose.value(), flagged, apiKeyId));
        return rows.find(organizationId, credential.id());
    }

    /**
     * The client's credential with a status entry for each purpose of {@code order}, at its position, after the
     * client's own entries when it brought some (VC Data Model 2.0 allows several).
     */
    private static ObjectNode withStatus(
            ObjectNode credential, List<StatusPurpose> order, List<StatusLists.Position> positions) {
        ObjectNode unsigned = credential.deepCopy();
        List<com.fasterxml.jackson.databind.JsonNode> entries = new ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode own = credential.get("credentialStatus");
        if (own != null && own.isArray()) {
            own.forEach(entries::add);
        } else if (own != null) {
            entries.add(own);
        }
        for (int i = 0; i < order.size(); i++) {
            StatusLists.Position position = positions.get(i);
            entries.add(BitstringStatusListEntry.forIndex(position.url(), order.get(i), position.index())
                    .toJson());
        }
        if (entries.size() == 1) {
            unsigned.set("credentialStatus", entries.getFirst());
        } else {
            ArrayNode array = unsigned.putArray("credentialStatus");
            entries.forEach(array::add);
        }
        return unsigned;
    }
}
