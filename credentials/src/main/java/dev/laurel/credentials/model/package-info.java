/**
 * The typed data model of Open Badges 3.0 and CLR 2.0 credentials, read from and written to JSON exactly through
 * {@link dev.laurel.credentials.model.CredentialJson}.
 */
package dev.laurel.credentials.model;
