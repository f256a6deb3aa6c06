/** People: sign-up, login (Argon2id, rate-limited), email verification; the same account serves issuers and earners. */
@ApplicationModule(
        allowedDependencies = {
            "notifications",
            "platform",
            "web",
        })
package dev.laurel.server.accounts;

import org.springframework.modulith.ApplicationModule;
