package dev.laurel.server.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's shared beans: the clock every module reads time from, and the master key. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MasterKey masterKey(LaurelSettings settings) {
        return MasterKey.fromSettings(settings.masterKey(), settings.masterKeyFile());
    }
}
