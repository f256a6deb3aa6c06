/**
 * Securing credentials: Data Integrity proofs (signing {@code eddsa-rdfc-2022}; verifying it, {@code eddsa-jcs-2022},
 * {@code ecdsa-rdfc-2019}, {@code ecdsa-jcs-2019} and {@code Ed25519Signature2020}) and VC-JWT.
 */
package dev.laurel.credentials.proof;
