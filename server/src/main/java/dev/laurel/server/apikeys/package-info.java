/** API keys: per-organization secrets with scopes, stored hashed, that authenticate machine clients of /api and /vc-api. */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "organizations",
            "platform",
        })
package dev.laurel.server.apikeys;

import org.springframework.modulith.ApplicationModule;
