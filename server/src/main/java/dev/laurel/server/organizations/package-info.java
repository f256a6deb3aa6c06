/** Issuing organizations: their profile, their members and roles, invitations, and the access check every module uses. */
package dev.laurel.server.organizations;
