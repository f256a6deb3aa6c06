/**
 * The management API under {@code /api/v1}: badges (achievements), issuing, credentials and their states, recipients
 * and API keys, for the organization of the presented API key; JSON in and out, RFC 9457 problems with stable codes,
 * per-key rate limits, and its OpenAPI document.
 */
@ApplicationModule(
        allowedDependencies = {
            "apikeys",
            "applications",
            "bulk",
            "certificates",
            "claims",
            "issuing",
            "lifecycle",
            "organizations",
            "organizations :: events",
            "platform",
            "signing",
            "web",
        })
package dev.laurel.server.api;

import org.springframework.modulith.ApplicationModule;
