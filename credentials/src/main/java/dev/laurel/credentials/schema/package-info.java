/** Validation against the 1EdTech JSON Schemas for Open Badges 3.0 and CLR 2.0, bundled with the library. */
package dev.laurel.credentials.schema;
