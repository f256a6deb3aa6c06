/**
 * Operator commands run beside the server on its database: bootstrapping an organization, managing API keys, backing
 * up and restoring a development data directory.
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "apikeys",
            "organizations",
            "platform",
        })
package dev.laurel.server.admin;

import org.springframework.modulith.ApplicationModule;
