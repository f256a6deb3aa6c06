/**
 * Expert review: badges open for application, earners applying with evidence, reviewers (members and outside experts
 * by mailed link) scoring, asking for changes, approving or declining, and the credential issued on enough approvals.
 */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "endorsements",
            "issuing",
            "notifications",
            "organizations",
            "platform",
            "signing",
            "web",
        })
package dev.laurel.server.applications;

import org.springframework.modulith.ApplicationModule;
