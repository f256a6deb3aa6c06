/** Each organization's Ed25519 signing keys, encrypted at rest, published in its did:web DID document and rotated. */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "organizations",
            "organizations :: events",
            "platform",
            "web",
        })
package dev.laurel.server.signing;

import org.springframework.modulith.ApplicationModule;
