/** The credential reaches its earner: the mail with a claim link, and accepting it into an account. */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "issuing",
            "issuing :: events",
            "notifications",
            "organizations",
            "platform",
            "web",
        })
package dev.laurel.server.claims;

import org.springframework.modulith.ApplicationModule;
