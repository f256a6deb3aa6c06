package dev.laurel.server.vcapi;

import dev.laurel.server.apikeys.ApiKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Reads {@code Authorization: Bearer lrl_…}: a valid, unrevoked API key becomes the {@link VcApiClient}. */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String KEY_PREFIX = "lrl_";

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            if (token.startsWith(KEY_PREFIX)) {
                keys.authenticate(token).ifPresent(key -> SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                new VcApiClient(
                                        key.keyId(),
                                        key.organizationId(),
                                        VcApiOperation.grantedToKey(key.scopes()),
                                        Set.of()),
                                null,
                                List.of(new SimpleGrantedAuthority("ROLE_API")))));
            }
        }
        chain.doFilter(request, response);
    }
}
