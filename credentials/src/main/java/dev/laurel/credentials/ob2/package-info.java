/** Open Badges 2.0 verification: hosted and signed assertions, their BadgeClass, issuer, keys and revocation. */
package dev.laurel.credentials.ob2;
