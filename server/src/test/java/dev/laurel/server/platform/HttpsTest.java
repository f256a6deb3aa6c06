package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.server.LaurelServer;
import dev.laurel.server.ServerTest;
import dev.laurel.server.TestDatabase;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code LAUREL_TLS_CERT_FILE} / {@code LAUREL_TLS_KEY_FILE} / {@code LAUREL_TLS_PORT}: checked before the start,
 * naming the setting at fault; and a Laurel started with them serves HTTPS with that certificate. The server runs in
 * its own application context on its own port, beside the tests' shared one.
 */
class HttpsTest extends ServerTest {

    @TempDir
    Path directory;

    @Test
    void servesHttpsWithTheConfiguredCertificateOnTheConfiguredPort() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.localhost(directory);
        int tlsPort = freePort();
        Tls tls = Tls.from(Map.of(
                "LAUREL_TLS_CERT_FILE", certificate.certificateFile().toString(),
                "LAUREL_TLS_KEY_FILE", certificate.keyFile().toString(),
                "LAUREL_TLS_PORT", String.valueOf(tlsPort)));
        List<String> arguments = new ArrayList<>(tls.springArguments());
        arguments.add("--server.port=" + tls.port().orElseThrow());
        arguments.add("--laurel.base-url=https://localhost:" + tlsPort);
        arguments.add("--spring.datasource.url=" + TestDatabase.url());
        arguments.add("--spring.datasource.username=" + TestDatabase.user());
        arguments.add("--spring.datasource.password=" + TestDatabase.password());
        arguments.add("--spring.mail.host=127.0.0.1");
        arguments.add("--spring.mail.port=" + MAIL.getSmtp().getPort());
        arguments.add("--laurel.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        // set past Launch, which refuses it beside TLS: still, no forwarded header is believed
        arguments.add("--laurel.trusted-proxies=127.0.0.1/32,::1");
        arguments.addAll(NODE_SETTINGS);

        try (ConfigurableApplicationContext server =
                new SpringApplicationBuilder(LaurelServer.class).run(arguments.toArray(String[]::new))) {
            HttpResponse<String> health = trusting(certificate)
                    .send(
                            HttpRequest.newBuilder(URI.create("https://localhost:" + tlsPort + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");
            assertThat(health.sslSession().orElseThrow().getPeerCertificates()[0])
                    .isEqualTo(certificate.certificate());

            HttpRequest plain = HttpRequest.newBuilder(URI.create("http://localhost:" + tlsPort + "/health"))
                    .build();
            HttpResponse<String> refused = HttpClient.newHttpClient().send(plain, HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(400);

            HttpResponse<String> forwarded = trusting(certificate)
                    .send(
                            HttpRequest.newBuilder(URI.create("https://localhost:" + tlsPort + "/dashboard"))
                                    .header("X-Forwarded-Proto", "http")
                                    .header("X-Forwarded-Host", "evil.example")
                                    .header("X-Forwarded-For", "192.0.2.1")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(forwarded.headers().firstValue("Location")).hasValue("https://localhost:" + tlsPort + "/login");
        }
    }

    @Test
    void namesTheTlsSettingThatIsMissingOrWrong() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.localhost(directory);
        Path notPem = Files.writeString(directory.resolve("not.pem"), "hello");
        String cert = certificate.certificateFile().toString();
        String key = certificate.keyFile().toString();
        Map<Map<String, String>, String> wrong = Map.of(
                Map.of("LAUREL_TLS_CERT_FILE", cert), "LAUREL_TLS_KEY_FILE is not set",
                Map.of("LAUREL_TLS_KEY_FILE", key), "LAUREL_TLS_CERT_FILE is not set",
                Map.of("LAUREL_TLS_CERT_FILE", directory.resolve("missing.pem").toString(), "LAUREL_TLS_KEY_FILE", key),
                        "LAUREL_TLS_CERT_FILE: cannot read",
                Map.of("LAUREL_TLS_CERT_FILE", cert, "LAUREL_TLS_KEY_FILE", notPem.toString()),
                        "LAUREL_TLS_KEY_FILE: " + notPem + " is not PEM",
                Map.of("LAUREL_TLS_CERT_FILE", key, "LAUREL_TLS_KEY_FILE", key),
                        "LAUREL_TLS_CERT_FILE: " + key + " holds no PEM certificate",
                Map.of("LAUREL_TLS_CERT_FILE", cert, "LAUREL_TLS_KEY_FILE", cert),
                        "LAUREL_TLS_KEY_FILE: " + cert + " holds no",
                Map.of("LAUREL_TLS_CERT_FILE", cert, "LAUREL_TLS_KEY_FILE", key, "LAUREL_TLS_PORT", "https"),
                        "LAUREL_TLS_PORT must be a port number",
                Map.of("LAUREL_TLS_PORT", "8443"), "LAUREL_TLS_PORT is set but");
        wrong.forEach((env, message) -> assertThatThrownBy(() -> Tls.from(env))
                .as(env.toString())
                .isInstanceOf(SettingException.class)
                .hasMessageContaining(message));

        Map<String, String> production = new HashMap<>(LaunchTest.complete());
        production.put("LAUREL_TLS_CERT_FILE", directory.resolve("missing.pem").toString());
        production.put("LAUREL_TLS_KEY_FILE", key);
        assertThatThrownBy(() -> Launch.prepare(new String[] {"start"}, production, directory))
                .isInstanceOf(SettingException.class)
                .hasMessageStartingWith("LAUREL_TLS_CERT_FILE: cannot read");
        Map<String, String> development =
                Map.of("LAUREL_TLS_CERT_FILE", cert, "LAUREL_TLS_KEY_FILE", notPem.toString());
        assertThatThrownBy(() -> Launch.prepare(new String[] {"start-dev"}, development, directory))
                .isInstanceOf(SettingException.class)
                .hasMessageStartingWith("LAUREL_TLS_KEY_FILE");
        assertThat(Tls.from(Map.of()).springArguments()).isEmpty();
    }

    private static HttpClient trusting(SelfSignedCertificate certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("laurel", certificate.certificate());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
