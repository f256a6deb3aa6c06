package dev.laurel.server.platform;

import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who a request comes from, behind a reverse proxy: Tomcat's {@link RemoteIpValve} takes the client address from
 * {@code X-Forwarded-For} (read right to left, past the trusted proxies), the scheme, host and port from {@code
 * X-Forwarded-Proto}, {@code -Host}, {@code -Port} — only when the connecting address is one of the {@link
 * TrustedProxies}, and never when Laurel serves TLS itself (a proxy that terminates TLS has nothing to tell it then).
 * Everything that reads the client address (the login throttle, sign-in links) reads the resolved one. Operator
 * commands, which serve nothing, have none of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ForwardedHeaders {

    private static final Logger log = LoggerFactory.getLogger(ForwardedHeaders.class);

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxiesValve(
            @Value("${laurel.trusted-proxies:}") String trustedProxies, ServerProperties server) {
        TrustedProxies proxies = TrustedProxies.parse(trustedProxies);
        return factory -> {
            if (proxies.none()) {
                return;
            }
            if (Ssl.isEnabled(server.getSsl())) {
                log.warn(
                        "{} is ignored: Laurel serves TLS itself, so no proxy's forwarded headers are believed",
                        TrustedProxies.SETTING);
                return;
            }
            RemoteIpValve valve = new RemoteIpValve();
            valve.setInternalProxies(proxies.asCidrList());
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setHostHeader("X-Forwarded-Host");
            valve.setPortHeader("X-Forwarded-Port");
            factory.addEngineValves(valve);
        };
    }
}
