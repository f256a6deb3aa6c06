/** Badges and credentials: designing badges, issuing signed Open Badges 3.0 credentials, revocation status lists. */
package dev.laurel.server.issuing;
