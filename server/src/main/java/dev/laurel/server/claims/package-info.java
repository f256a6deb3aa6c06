/** The credential reaches its earner: the mail with a claim link, and accepting it into an account. */
package dev.laurel.server.claims;
