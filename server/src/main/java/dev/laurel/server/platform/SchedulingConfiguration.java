package dev.laurel.server.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work (mail and webhook delivery) runs on every server node; operator commands turn it off. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "laurel.scheduling", havingValue = "true", matchIfMissing = true)
@EnableScheduling
class SchedulingConfiguration {}
