/**
 * Issue on event: per-organization mappings that turn an external system's JSON event (an LMS course completion, an
 * HR record) into an issuance, idempotent by the event's own id, with their API, pages and event log.
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "apikeys",
            "issuing",
            "organizations",
            "platform",
            "signing",
        })
package dev.laurel.server.hooks;

import org.springframework.modulith.ApplicationModule;
