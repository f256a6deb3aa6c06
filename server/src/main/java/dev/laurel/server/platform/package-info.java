/** What every module stands on: settings, the two ways to start, the database in development, the master key, time. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.laurel.server.platform;
