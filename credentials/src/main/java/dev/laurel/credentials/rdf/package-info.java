/**
 * RDF terms, quads, N-Quads reading and writing, and RDF Dataset Canonicalization (RDFC-1.0), the canonical form that
 * Data Integrity proofs ({@code eddsa-rdfc-2022}, {@code ecdsa-rdfc-2019}) sign.
 */
package dev.laurel.credentials.rdf;
