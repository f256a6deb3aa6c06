/**
 * Credential status: W3C Bitstring Status List v1.0 and the 1EdTech Revocation List, encoded, built and checked
 * without fetching or signature verification, which callers do beforehand.
 */
package dev.laurel.credentials.status;
