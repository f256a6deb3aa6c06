/** The public credential page with its live verification, the credential's own document, and baked downloads. */
@ApplicationModule(
        allowedDependencies = {
            "backpack",
            "issuing",
            "organizations",
            "platform",
            "signing",
            "verification",
            "web",
        })
package dev.laurel.server.sharing;

import org.springframework.modulith.ApplicationModule;
