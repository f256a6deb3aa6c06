/** People: sign-up, login (Argon2id, rate-limited), email verification; the same account serves issuers and earners. */
package dev.laurel.server.accounts;
