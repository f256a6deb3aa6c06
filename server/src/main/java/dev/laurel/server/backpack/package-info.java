/**
 * The earner's backpack: every credential they keep, issued here or imported, its privacy, sharing, collections, their
 * public profile, exports, and the earner's account (addresses, deletion).
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "claims",
            "claims :: events",
            "issuing",
            "notifications",
            "oauth",
            "organizations",
            "platform",
            "signing",
            "verification",
            "web",
        })
package dev.laurel.server.backpack;

import org.springframework.modulith.ApplicationModule;
