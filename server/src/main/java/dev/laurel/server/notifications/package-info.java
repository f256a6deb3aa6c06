/** Mail: a transactional outbox every module writes to, sent by a poller on any node, and the development outbox page. */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "web",
        })
package dev.laurel.server.notifications;

import org.springframework.modulith.ApplicationModule;
