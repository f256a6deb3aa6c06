package dev.laurel.server.vcapi;

import dev.laurel.server.signing.IssuerIdentifier;
import dev.laurel.server.signing.IssuerKeys;
import java.util.Optional;
import java.util.UUID;

/**
 * The identifiers an organization's issuer instance issues as: its did:web always, and the did:key of its active key
 * when the organization chose did:key, which is then the issuer of a credential that names none.
 *
 * @param didWeb the organization's did:web
 * @param didKey the did:key of its active key, when the instance signs as it
 */
record InstanceIssuer(String didWeb, Optional<String> didKey) {

    static InstanceIssuer of(UUID organizationId, IssuerKeys issuers) {
        String didWeb = issuers.issuerDid(organizationId);
        return switch (issuers.vcApiIdentifier(organizationId)) {
            case DID_WEB -> new InstanceIssuer(didWeb, Optional.empty());
            case DID_KEY -> new InstanceIssuer(didWeb, Optional.of(issuers.didKey(organizationId)));
        };
    }

    /** The issuer of a credential that names none. */
    String defaultId() {
        return didKey.orElse(didWeb);
    }

    /** Which identifier {@code id} is, when it is one this instance issues as. */
    Optional<IssuerIdentifier> identifierOf(String id) {
        if (didWeb.equals(id)) {
            return Optional.of(IssuerIdentifier.DID_WEB);
        }
        return didKey.filter(id::equals).map(key -> IssuerIdentifier.DID_KEY);
    }

    /** The identifiers, for a message: {@code did:key:… (or did:web:…)}. */
    String described() {
        return didKey.map(key -> key + " (or " + didWeb + ")").orElse(didWeb);
    }
}
