/** Resolving verification methods: did:key and did:jwk offline, did:web and https URLs through an injected fetcher. */
package dev.laurel.credentials.did;
