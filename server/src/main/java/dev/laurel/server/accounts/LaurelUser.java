package dev.laurel.server.accounts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person, as Spring Security holds them: controllers take it with {@code @AuthenticationPrincipal}.
 *
 * @param accountId the account's id, what every module keys its data on
 * @param email the login address
 * @param displayName the name to greet them with
 * @param emailVerified whether the address is confirmed
 * @param passwordHash the Argon2id hash, for Spring Security's check only
 * @param platformAdmin whether this is an operator of the whole Laurel
 */
public record LaurelUser(
        UUID accountId,
        String email,
        String displayName,
        boolean emailVerified,
        String passwordHash,
        boolean platformAdmin)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return platformAdmin
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public String toString() {
        return "LaurelUser[" + accountId + " " + email + "]";
    }
}
