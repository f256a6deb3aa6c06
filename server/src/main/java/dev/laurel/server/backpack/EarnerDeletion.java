package dev.laurel.server.backpack;

import dev.laurel.server.accounts.Account;
import dev.laurel.server.accounts.AccountErasure;
import dev.laurel.server.accounts.Accounts;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.organizations.InviteeErasure;
import dev.laurel.server.organizations.Organizations;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an earner's account (GDPR erasure), in one transaction: their backpack (items, imports, shares,
 * collections, profile, further addresses) is deleted; the credentials issued here to their confirmed addresses,
 * accepted or still pending, lose address, name and document ({@link IssuedCredentials#forgetRecipient}) but keep
 * their status entries, and their claim links say so; the invitations to join an organization sent to them go, and
 * the audit log names them "deleted earner"; the mails to them and their login attempts are deleted; the account
 * becomes a "deleted earner" that cannot log in.
 */
@Service
class EarnerDeletion {

    /** Why an account cannot be deleted here. */
    enum Refusal {
        /** Members of an organization leave it (or hand it over) first: the organization's records name them. */
        MEMBER_OF_ORGANIZATION
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AccountErasure erasure;
    private final EarnerAddresses addresses;
    private final IssuedCredentials issued;
    private final Organizations organizations;
    private final InviteeErasure invitees;
    private final Outbox outbox;

    EarnerDeletion(
            JdbcClient jdbc,
            Accounts accounts,
            AccountErasure erasure,
            EarnerAddresses addresses,
            IssuedCredentials issued,
            Organizations organizations,
            InviteeErasure invitees,
            Outbox outbox) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.erasure = erasure;
        this.addresses = addresses;
        this.issued = issued;
        this.organizations = organizations;
        this.invitees = invitees;
        this.outbox = outbox;
    }

    /** Why the account cannot be deleted, or null when it can. */
    Refusal refusal(UUID accountId) {
        return organizations.of(accountId).isEmpty() ? null : Refusal.MEMBER_OF_ORGANIZATION;
    }

    /** Deletes the earner's data; returns the credentials issued to them that were forgotten. */
    @Transactional
    List<UUID> delete(UUID accountId) {
        if (refusal(accountId) != null) {
            throw new IllegalStateException("account " + accountId + " cannot be deleted: " + refusal(accountId));
        }
        Account account = accounts.find(accountId).orElseThrow();
        List<String> confirmed = addresses.confirmed(accountId);
        List<String> unconfirmed = addresses.further(accountId).stream()
                .filter(a -> !a.confirmed())
                .map(EarnerAddresses.Address::email)
                .toList();
        List<String> own = new ArrayList<>(confirmed);
        own.add(account.email());

        for (String table : List.of(
                "backpack_collections", "backpack_items", "backpack_declined", "earner_addresses", "earner_profiles")) {
            jdbc.sql("delete from " + table + " where account_id = :account")
                    .param("account", accountId)
                    .update();
        }
        // Credentials issued to a further address the earner typed but never confirmed are not forgotten: that
        // address was never proved to be theirs, so those credentials, and the mails about them, are the issuing
        // organization's records. Only the address's confirmation mail, Laurel's own, goes with the account.
        List<UUID> forgotten = issued.forgetRecipient(confirmed);
        invitees.forget(accountId, own);
        outbox.forget(own);
        outbox.forget(unconfirmed, "confirm-address");
        List<String> further = new ArrayList<>(confirmed);
        further.addAll(unconfirmed);
        erasure.erase(accountId, further);
        return forgotten;
    }
}
