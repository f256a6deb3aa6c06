/** The append-only audit log: every issuer action, recorded in its own transaction, readable by owners and admins. */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "apikeys",
            "apikeys :: events",
            "endorsements :: events",
            "issuing :: events",
            "organizations",
            "organizations :: events",
            "pathways :: events",
            "signing :: events",
        })
package dev.laurel.server.audit;

import org.springframework.modulith.ApplicationModule;
