/**
 * Certificate PDFs: the credential a PDF carries as an associated file ({@code credential.jwt}, {@code
 * credential.json}), and the PAdES seal that says the PDF is unchanged since its issuer sealed it.
 */
package dev.laurel.credentials.pdf;
