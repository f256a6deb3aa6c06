/** Verifying credentials for anyone: the public /verify page and API, and the verification other modules show. */
package dev.laurel.server.verification;
