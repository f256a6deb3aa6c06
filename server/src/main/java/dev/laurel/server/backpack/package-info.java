/**
 * The earner's backpack: every credential they keep, issued here or imported, its privacy, sharing, collections, their
 * public profile, exports, and the earner's account (addresses, deletion).
 */
package dev.laurel.server.backpack;
