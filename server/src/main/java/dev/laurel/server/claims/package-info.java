/** The credential reaches its earner: the mail with a claim link, accepting it into an account, and the backpack. */
package dev.laurel.server.claims;
