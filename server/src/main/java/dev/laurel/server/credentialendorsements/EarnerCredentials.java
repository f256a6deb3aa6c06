package dev.laurel.server.credentialendorsements;

import dev.laurel.server.backpack.HeldImports;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The credentials issued here that an account holds: issued to its sign-in address or a further address it
 * confirmed, and not forgotten. Only these can be put forward for endorsement by that account.
 */
@Component
class EarnerCredentials {

    private final HeldImports holders;
    private final IssuedCredentials credentials;

    EarnerCredentials(HeldImports holders, IssuedCredentials credentials) {
        this.holders = holders;
        this.credentials = credentials;
    }

    /** The credential, when the account holds it. */
    Optional<IssuedCredential> held(UUID accountId, String email, UUID credentialId) {
        Set<String> addresses = addresses(accountId, email);
        return credentials
                .find(new CredentialId(credentialId))
                .filter(c -> !c.recipientForgotten())
                .filter(c -> addresses.contains(c.recipientEmail().toLowerCase(Locale.ROOT)));
    }

    /** Every credential the account holds, newest first. */
    List<IssuedCredential> all(UUID accountId, String email) {
        return credentials.heldBy(addresses(accountId, email)).stream()
                .map(h -> credentials.find(h.id()))
                .flatMap(Optional::stream)
                .filter(c -> !c.recipientForgotten())
                .sorted(Comparator.comparing(IssuedCredential::issuedAt).reversed())
                .toList();
    }

    private Set<String> addresses(UUID accountId, String email) {
        HeldImports.Holder holder = holders.holders(List.of(email)).get(email.toLowerCase(Locale.ROOT));
        return holder != null && holder.accountId().equals(accountId) ? holder.addresses() : Set.of();
    }
}
