/** What every module stands on: settings, the two ways to start, the database in development, the master key, time. */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package dev.laurel.server.platform;

import org.springframework.modulith.ApplicationModule;
