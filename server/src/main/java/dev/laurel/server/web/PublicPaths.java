package dev.laurel.server.web;

import java.util.List;

/**
 * The paths anyone may open without logging in. Everything else needs a login; each module checks the user's role in
 * the organization itself.
 */
public final class PublicPaths {

    /** Pages and documents open to everyone: verification, public credentials, issuer DIDs and status lists. */
    public static final List<String> PATTERNS = List.of(
            "/",
            "/signup",
            "/login",
            "/verify",
            "/verify/**",
            "/c/**",
            "/badges/**",
            "/issuers/**",
            "/status/**",
            "/claim/**",
            "/i/**",
            "/embed/**",
            "/s/**",
            "/u/**",
            "/.well-known/did.json",
            "/login/link",
            "/login/link/**",
            "/backpack/addresses/confirm",
            "/accounts/verify-email",
            "/accounts/set-password",
            "/invitations/**",
            "/dev/mail",
            "/dev/mail/**",
            "/css/**",
            "/js/**",
            "/images/**",
            "/webjars/**",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**",
            "/favicon.ico",
            "/error",
            "/actuator/health",
            "/actuator/health/**",
            "/actuator/prometheus");

    private PublicPaths() {}
}
