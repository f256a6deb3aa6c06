/**
 * Laurel's one OAuth 2.0 authorization server beyond API keys: platforms register dynamically (RFC 7591), earners log
 * in and consent (authorization code with PKCE), tokens are refreshed and revoked, and each protocol names its scopes.
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "platform",
        })
package dev.laurel.server.oauth;

import org.springframework.modulith.ApplicationModule;
