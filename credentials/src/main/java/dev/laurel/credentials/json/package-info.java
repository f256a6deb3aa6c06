/** Reading and writing JSON with limits that keep hostile input from exhausting the verifier. */
package dev.laurel.credentials.json;
