/**
 * Endorsements: Open Badges 3.0 EndorsementCredentials signed by an organization, by the platform for a person with a
 * verified address, or by a key of the endorser's own; withdrawn through their own status lists; organizations
 * endorsing other organizations' badges and issuer profiles.
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "apikeys",
            "issuing",
            "organizations",
            "platform",
            "signing",
            "web",
        })
package dev.laurel.server.endorsements;

import org.springframework.modulith.ApplicationModule;
