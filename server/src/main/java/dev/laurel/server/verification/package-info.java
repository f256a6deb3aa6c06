/** Verifying credentials for anyone: the public /verify page and API, and the verification other modules show. */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "web",
        })
package dev.laurel.server.verification;

import org.springframework.modulith.ApplicationModule;
