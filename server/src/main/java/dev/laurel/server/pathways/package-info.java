/**
 * Pathways: trees of badges — this organization's, other issuers', or any aligned to a skill — whose completion, and
 * the completion of inner milestones, is awarded automatically through the one issuing operation.
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "apikeys",
            "backpack",
            "backpack :: events",
            "claims :: events",
            "issuing",
            "issuing :: events",
            "notifications",
            "organizations",
            "platform",
            "signing",
            "web",
        })
package dev.laurel.server.pathways;

import org.springframework.modulith.ApplicationModule;
