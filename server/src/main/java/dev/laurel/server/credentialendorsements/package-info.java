/**
 * People endorse an earner's credential: the earner asks by mail, the endorser signs through a single-use link without
 * an account, the earner accepts or hides what was given, and the endorser may withdraw it.
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "apikeys",
            "backpack",
            "endorsements",
            "issuing",
            "notifications",
            "organizations :: events",
            "platform",
            "signing",
            "verification",
            "web",
        })
package dev.laurel.server.credentialendorsements;

import org.springframework.modulith.ApplicationModule;
