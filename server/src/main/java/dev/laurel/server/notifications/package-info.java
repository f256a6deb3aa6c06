/** Mail: a transactional outbox every module writes to, each mail sent as follow-up work by one node, and the development outbox page. */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "web",
        })
package dev.laurel.server.notifications;

import org.springframework.modulith.ApplicationModule;
