/** Outbound HTTP for verification (DID documents, hosted assertions, status lists), guarded against SSRF by default. */
package dev.laurel.credentials.http;
