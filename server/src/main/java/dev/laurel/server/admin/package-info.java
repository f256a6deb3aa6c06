/** Operator commands run beside the server on its database: bootstrapping an organization, managing API keys. */
package dev.laurel.server.admin;
