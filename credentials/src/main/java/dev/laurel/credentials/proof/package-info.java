/** Securing credentials: Data Integrity {@code eddsa-rdfc-2022} proofs and VC-JWT, signing and verifying. */
package dev.laurel.credentials.proof;
