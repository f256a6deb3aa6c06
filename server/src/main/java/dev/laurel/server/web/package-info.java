/** The web shell every page shares: security rules, the layout, the home page, errors and problem details. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.laurel.server.web;
