/** The append-only audit log: every issuer action, recorded in its own transaction, readable by owners and admins. */
package dev.laurel.server.audit;
