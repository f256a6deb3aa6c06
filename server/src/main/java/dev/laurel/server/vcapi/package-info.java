/**
 * The W3C VC-API (VCALM) under {@code /vc-api}: each organization is an issuer and status instance, Laurel is one
 * verifier instance; clients authenticate with an API key or an OAuth 2.0 access token from {@code /oauth2/token}.
 */
@ApplicationModule(
        allowedDependencies = {
            "apikeys",
            "issuing",
            "oauth",
            "platform",
            "signing",
            "verification",
        })
package dev.laurel.server.vcapi;

import org.springframework.modulith.ApplicationModule;
