/**
 * What happens to credentials after issue: expiry, reminders, renewal (by the issuer, on request, or by credits) and
 * the continuing-education credits that count towards it.
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "backpack",
            "claims",
            "issuing",
            "issuing :: events",
            "notifications",
            "organizations",
            "platform",
            "signing",
            "web",
        })
package dev.laurel.server.lifecycle;

import org.springframework.modulith.ApplicationModule;
