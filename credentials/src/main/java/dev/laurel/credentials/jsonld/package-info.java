/** JSON-LD to RDF through bundled contexts only: no context is ever fetched, and undefined terms are errors. */
package dev.laurel.credentials.jsonld;
