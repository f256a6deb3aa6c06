package dev.laurel.server.backpack;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Earners' public profiles ({@code /u/HANDLE}): a handle, a name and a few words; shown only once published. */
@Repository
class Profiles {

    /** A profile. */
    record Profile(UUID accountId, String handle, String displayName, String bio, boolean published) {}

    private final JdbcClient jdbc;

    Profiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Profile> of(UUID accountId) {
        return jdbc.sql("select account_id, handle, display_name, bio, published from earner_profiles "
                        + "where account_id = :account")
                .param("account", accountId)
                .query(Profiles::profile)
                .optional();
    }

    Optional<Profile> byHandle(String handle) {
        return jdbc.sql("select account_id, handle, display_name, bio, published from earner_profiles "
                        + "where lower(handle) = lower(:handle)")
                .param("handle", handle)
                .query(Profiles::profile)
                .optional();
    }

    /** Saves the profile; false when another account has the handle. */
    boolean save(Profile profile) {
        Optional<Profile> holder = byHandle(profile.handle());
        if (holder.isPresent() && !holder.get().accountId().equals(profile.accountId())) {
            return false;
        }
        jdbc.sql("insert into earner_profiles (account_id, handle, display_name, bio, published) values (:account, "
                        + ":handle, :name, :bio, :published) on conflict (account_id) do update set handle = :handle, "
                        + "display_name = :name, bio = :bio, published = :published")
                .param("account", profile.accountId())
                .param("handle", profile.handle())
                .param("name", profile.displayName())
                .param("bio", profile.bio())
                .param("published", profile.published())
                .update();
        return true;
    }

    private static Profile profile(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Profile(
                rs.getObject("account_id", UUID.class),
                rs.getString("handle"),
                rs.getString("display_name"),
                rs.getString("bio"),
                rs.getBoolean("published"));
    }
}
