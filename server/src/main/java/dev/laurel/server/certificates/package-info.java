/**
 * Certificates: each badge's certificate design (one of four built-in templates, paper, orientation, and what the
 * issuer adds: background, logo, signatures, text blocks with placeholders), and the PDF/A-3b
 * certificate of a credential, with the signed credential embedded and the organization's PAdES seal, rendered lazily
 * and kept by content digest.
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "apikeys",
            "backpack",
            "bulk",
            "issuing",
            "issuing :: events",
            "notifications",
            "organizations",
            "platform",
            "signing",
            "web",
        })
package dev.laurel.server.certificates;

import org.springframework.modulith.ApplicationModule;
