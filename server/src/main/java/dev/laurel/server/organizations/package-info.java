/** Issuing organizations: their profile, their members and roles, invitations, and the access check every module uses. */
@ApplicationModule(
        allowedDependencies = {
            "accounts",
            "notifications",
            "platform",
            "web",
        })
package dev.laurel.server.organizations;

import org.springframework.modulith.ApplicationModule;
