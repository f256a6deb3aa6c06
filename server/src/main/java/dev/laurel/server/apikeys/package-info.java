/** API keys: per-organization secrets with scopes, stored hashed, that authenticate machine clients of /api and /vc-api. */
package dev.laurel.server.apikeys;
