/** The {@code laurel} command line: keys, signing, verification and baking from a shell. */
package dev.laurel.cli;
