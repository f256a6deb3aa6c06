/** The public credential page with its live verification, the credential's own document, and baked downloads. */
package dev.laurel.server.sharing;
