/**
 * Badges and credentials: designing badges, issuing signed Open Badges 3.0 credentials, signing credentials clients
 * supply (the VC-API), revocation and suspension status lists.
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "organizations",
            "platform",
            "signing",
            "web",
        })
package dev.laurel.server.issuing;

import org.springframework.modulith.ApplicationModule;
