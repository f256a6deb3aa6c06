/**
 * Bulk issuing: a CSV file or JSON array of recipients checked row by row in a dry run, then issued by a background
 * job every node shares, exactly once per (badge, recipient), with its progress, cancellation and report.
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "issuing",
            "issuing :: events",
            "organizations",
            "organizations :: events",
            "platform",
        })
package dev.laurel.server.bulk;

import org.springframework.modulith.ApplicationModule;
