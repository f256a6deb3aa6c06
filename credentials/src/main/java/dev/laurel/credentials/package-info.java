/** Laurel's credentials library: Open Badges 3.0, CLR 2.0 and Verifiable Credentials 2.0, without Spring. */
package dev.laurel.credentials;
