/** Jazzer fuzz tests: the verifier, the unbaker and the parsers never let an undocumented exception escape. */
package dev.laurel.credentials.fuzz;
