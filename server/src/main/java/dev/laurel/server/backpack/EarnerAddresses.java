package dev.laurel.server.backpack;

import dev.laurel.server.accounts.Account;
import dev.laurel.server.accounts.Accounts;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An account's addresses: its login address and the further ones its earner added. Credentials issued to any confirmed
 * one are offered in the backpack. A further address is confirmed by a link mailed to it, and belongs to one account
 * once confirmed.
 */
@Repository
class EarnerAddresses {

    /** A further address, confirmed or waiting for its link to be opened. */
    record Address(String email, boolean confirmed) {}

    private final JdbcClient jdbc;
    private final Accounts accounts;

    EarnerAddresses(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The login address when confirmed, then every confirmed further address. */
    List<String> confirmed(UUID accountId) {
        List<String> addresses = new ArrayList<>();
        accounts.find(accountId).filter(Account::emailVerified).ifPresent(a -> addresses.add(a.email()));
        addresses.addAll(jdbc.sql("select email from earner_addresses where account_id = :account "
                        + "and confirmed_at is not null order by added_at")
                .param("account", accountId)
                .query(String.class)
                .list());
        return addresses;
    }

    /**
     * The accounts that confirmed any of {@code emails} (lowercased) as a further address, by that address lowercased;
     * one query.
     */
    Map<String, UUID> owners(Collection<String> emails) {
        Map<String, UUID> owners = new HashMap<>();
        if (emails.isEmpty()) {
            return owners;
        }
        jdbc.sql("select lower(email) as email, account_id from earner_addresses where lower(email) = any(:emails) "
                        + "and confirmed_at is not null")
                .param("emails", emails.toArray(String[]::new))
                .query(rs -> {
                    owners.put(rs.getString("email"), rs.getObject("account_id", UUID.class));
                });
        return owners;
    }

    /** The confirmed further addresses, lowercased, of each of these accounts that has any; one query. */
    Map<UUID, List<String>> confirmedFurther(Collection<UUID> accountIds) {
        Map<UUID, List<String>> further = new HashMap<>();
        if (accountIds.isEmpty()) {
            return further;
        }
        jdbc.sql("select account_id, email from earner_addresses where account_id = any(:accounts) "
                        + "and confirmed_at is not null order by added_at")
                .param("accounts", accountIds.toArray(UUID[]::new))
                .query(rs -> {
                    further.computeIfAbsent(rs.getObject("account_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getString("email").toLowerCase(Locale.ROOT));
                });
        return further;
    }

    /** The further addresses, oldest first. */
    List<Address> further(UUID accountId) {
        return jdbc.sql(
                        "select email, confirmed_at from earner_addresses where account_id = :account order by added_at")
                .param("account", accountId)
                .query((rs, row) -> new Address(rs.getString("email"), rs.getTimestamp("confirmed_at") != null))
                .list();
    }

    /** Adds (or re-sends for) an unconfirmed address, remembering the hash of the link's token. */
    void add(UUID accountId, String email, String tokenHash, Instant at) {
        jdbc.sql("insert into earner_addresses (account_id, email, token_hash, added_at) values (:account, :email, "
                        + ":token, :at) on conflict (account_id, email) do update set token_hash = :token "
                        + "where earner_addresses.confirmed_at is null")
                .param("account", accountId)
                .param("email", email)
                .param("token", tokenHash)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Whether some account uses {@code email}: as its login address, or as a confirmed further address. */
    boolean taken(String email) {
        return accounts.findByEmail(email).isPresent()
                || jdbc.sql("select exists (select 1 from earner_addresses where lower(email) = lower(:email) "
                                + "and confirmed_at is not null)")
                        .param("email", email)
                        .query(Boolean.class)
                        .single();
    }

    /** Confirms the address whose link carried {@code tokenHash}: the account it now belongs to, or empty. */
    Optional<UUID> confirm(String tokenHash, Instant at) {
        return jdbc.sql("update earner_addresses set confirmed_at = :at, token_hash = null "
                        + "where token_hash = :token and confirmed_at is null returning account_id")
                .param("at", Timestamp.from(at))
                .param("token", tokenHash)
                .query(UUID.class)
                .optional();
    }

    void remove(UUID accountId, String email) {
        jdbc.sql("delete from earner_addresses where account_id = :account and lower(email) = lower(:email)")
                .param("account", accountId)
                .param("email", email)
                .update();
    }
}
