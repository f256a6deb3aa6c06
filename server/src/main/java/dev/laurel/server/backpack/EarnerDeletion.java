package dev.laurel.server.backpack;

import dev.laurel.server.accounts.AccountErased;
import dev.laurel.server.accounts.AccountErasure;
import dev.laurel.server.organizations.Organizations;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an earner's account (GDPR erasure), all or nothing: the backpack hands accounts what only it holds of the
 * earner — their further addresses, confirmed or only typed — and {@link
 * AccountErasure#erase} empties the account and announces {@link AccountErased}, on which every module erases its own
 * records in the same transaction: the backpack itself ({@link BackpackErasure}), the credentials issued to their
 * confirmed addresses (issuing, which keeps their status entries, so their claim links say so), invitations
 * (organizations), bulk rows, the audit log's subjects, webhook events, mails.
 */
@Service
class EarnerDeletion {

    /** Why an account cannot be deleted here. */
    enum Refusal {
        /** Members of an organization leave it (or hand it over) first: the organization's records name them. */
        MEMBER_OF_ORGANIZATION
    }

    private final AccountErasure erasure;
    private final EarnerAddresses addresses;
    private final Organizations organizations;

    EarnerDeletion(AccountErasure erasure, EarnerAddresses addresses, Organizations organizations) {
        this.erasure = erasure;
        this.addresses = addresses;
        this.organizations = organizations;
    }

    /**
     * Why the account cannot be deleted, or null when it can: asked before the earner confirms. The erasure itself
     * refuses a member too (organizations' listener), so a membership begun since cannot slip through.
     */
    Refusal refusal(UUID accountId) {
        return organizations.of(accountId).isEmpty() ? null : Refusal.MEMBER_OF_ORGANIZATION;
    }

    /** Erases the earner everywhere, in one transaction; throws, having changed nothing, for a member. */
    @Transactional
    void delete(UUID accountId) {
        List<EarnerAddresses.Address> further = addresses.further(accountId);
        erasure.erase(
                accountId,
                new AccountErasure.Further(
                        further.stream()
                                .filter(EarnerAddresses.Address::confirmed)
                                .map(EarnerAddresses.Address::email)
                                .toList(),
                        further.stream()
                                .filter(address -> !address.confirmed())
                                .map(EarnerAddresses.Address::email)
                                .toList()));
    }
}
