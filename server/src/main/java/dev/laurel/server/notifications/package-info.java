/** Mail: a transactional outbox every module writes to, sent by a poller on any node, and the development outbox page. */
package dev.laurel.server.notifications;
