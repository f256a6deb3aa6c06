/**
 * Verifying credentials a wallet presents, by OpenID for Verifiable Presentations 1.0: "Verify from a wallet" on
 * {@code /verify} shows a request (QR code and {@code openid4vp://} link), the wallet answers at the response URI, and
 * the page shows the same report {@code /verify} shows for a file.
 */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "web",
            "verification",
        })
package dev.laurel.server.presentations;

import org.springframework.modulith.ApplicationModule;
