package dev.laurel.server.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every account, as a collection: find by id or email (one or many at once), add, confirm an address. */
@Repository
public class Accounts {

    private static final String COLUMNS = "id, email, display_name, email_verified_at, platform_admin, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    Accounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Account> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from accounts where id = :id")
                .param("id", id)
                .query(Accounts::account)
                .optional();
    }

    public Optional<Account> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from accounts where lower(email) = lower(:email)")
                .param("email", email.strip())
                .query(Accounts::account)
                .optional();
    }

    /** The accounts among {@code ids}, in one query. */
    public List<Account> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from accounts where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(Accounts::account)
                .list();
    }

    /** The accounts whose login address is one of {@code emails} (compared case-insensitively), in one query. */
    public List<Account> findByEmails(Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from accounts where lower(email) = any(:emails)")
                .param(
                        "emails",
                        emails.stream()
                                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                                .toArray(String[]::new))
                .query(Accounts::account)
                .list();
    }

    Optional<LaurelUser> user(String email) {
        return jdbc.sql("select " + COLUMNS + ", password_hash from accounts where lower(email) = lower(:email)")
                .param("email", email.strip())
                .query((rs, row) -> new LaurelUser(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        rs.getTimestamp("email_verified_at") != null,
                        rs.getString("password_hash"),
                        rs.getBoolean("platform_admin")))
                .optional();
    }

    Account add(String email, String displayName, String passwordHash, boolean verified, boolean admin) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into accounts (id, email, display_name, password_hash, email_verified_at, platform_admin,
                                              created_at)
                        values (:id, :email, :name, :hash, :verified, :admin, :now)
                        """)
                .param("id", id)
                .param("email", email.strip())
                .param("name", displayName.strip())
                .param("hash", passwordHash)
                .param("verified", verified ? now : null)
                .param("admin", admin)
                .param("now", now)
                .update();
        return find(id).orElseThrow();
    }

    /**
     * Confirms the account's login address when it is {@code address} and a link mailed to that address alone was
     * opened by this account (a credential's claim link): opening it proved the address, as a confirmation link would.
     *
     * @return whether the address was the account's and unconfirmed until now
     */
    public boolean confirmByMailedLink(UUID accountId, String address) {
        if (address == null) {
            return false;
        }
        return jdbc.sql("""
                        update accounts set email_verified_at = :now
                        where id = :id and email_verified_at is null and lower(email) = lower(:address)
                        """)
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", accountId)
                        .param("address", address.strip())
                        .update()
                > 0;
    }

    void markVerified(UUID id) {
        jdbc.sql("update accounts set email_verified_at = coalesce(email_verified_at, :now) where id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from accounts").query(Long.class).single();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getTimestamp("email_verified_at") != null,
                rs.getBoolean("platform_admin"),
                rs.getTimestamp("created_at").toInstant());
    }
}
