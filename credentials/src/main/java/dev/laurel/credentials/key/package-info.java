/** Signing keys and public keys as Multikeys: Ed25519 and P-256, multibase, did:key identifiers and JWKs. */
package dev.laurel.credentials.key;
