package dev.laurel.server.platform;

import java.util.Map;

/**
 * The checks on where Laurel listens and whom it believes, made before either start: the management port ({@code
 * LAUREL_MANAGEMENT_PORT}, the actuator's health and metrics) must be a port other than the one pages are served on,
 * and {@code LAUREL_TRUSTED_PROXIES} must be address ranges, and unset when Laurel serves TLS itself.
 */
final class Network {

    /** Where the actuator listens unless {@code LAUREL_MANAGEMENT_PORT} says otherwise (application.properties). */
    static final int MANAGEMENT_PORT = 8081;

    private Network() {}

    /**
     * @param served the port pages are served on
     * @throws SettingException naming the setting that is wrong
     */
    static void check(Map<String, String> env, Tls tls, int served) {
        int management = managementPort(env.get("LAUREL_MANAGEMENT_PORT"));
        if (management == served) {
            throw new SettingException(
                    "LAUREL_MANAGEMENT_PORT is " + management + ", the port Laurel serves its pages on:"
                            + " the actuator's metrics must not be public, give it another port");
        }
        TrustedProxies proxies = TrustedProxies.parse(env.get(TrustedProxies.SETTING));
        if (!proxies.none() && tls.enabled()) {
            throw new SettingException(TrustedProxies.SETTING + " is set but Laurel serves TLS itself"
                    + " (LAUREL_TLS_CERT_FILE): forwarded headers are then never believed; unset one of them");
        }
    }

    private static int managementPort(String value) {
        if (value == null || value.isBlank()) {
            return MANAGEMENT_PORT;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingException("LAUREL_MANAGEMENT_PORT must be a port number (1-65535), not '" + value + "'");
    }
}
