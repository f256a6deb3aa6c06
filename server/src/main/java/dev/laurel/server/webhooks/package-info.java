/**
 * Webhooks: each organization's endpoints, signed Standard Webhooks deliveries of credential events through a
 * transactional outbox any node sends from, the delivery log, redelivery, the pages and the API.
 */
package dev.laurel.server.webhooks;
