/**
 * Webhooks: each organization's endpoints, signed Standard Webhooks deliveries of credential events through a
 * transactional outbox any node sends from, the delivery log, redelivery, the pages and the API.
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "apikeys",
            "backpack :: events",
            "bulk :: events",
            "claims :: events",
            "endorsements :: events",
            "issuing",
            "issuing :: events",
            "organizations",
            "pathways :: events",
            "platform",
            "sharing :: events",
        })
package dev.laurel.server.webhooks;

import org.springframework.modulith.ApplicationModule;
