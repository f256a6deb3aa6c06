/** Each organization's Ed25519 signing keys, encrypted at rest, published in its did:web DID document and rotated. */
package dev.laurel.server.signing;
