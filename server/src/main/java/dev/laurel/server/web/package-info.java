/** The web shell every page shares: security rules, the layout, the home page, errors and problem details. */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package dev.laurel.server.web;

import org.springframework.modulith.ApplicationModule;
