package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.LaurelServer;
import dev.laurel.server.ServerTest;
import dev.laurel.server.TestDatabase;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Behind a reverse proxy, {@code X-Forwarded-*} headers count only from {@code LAUREL_TRUSTED_PROXIES}: a client cannot
 * choose the address its failed logins are counted against, nor the scheme and host Laurel believes it was reached at.
 * A Laurel of its own with the production settings, trusting 127.0.0.1 alone; the other clients connect from other
 * loopback addresses (all of 127.0.0.0/8 is this machine), each test from its own, so no count is shared.
 */
class ForwardedHeadersTest extends ServerTest {

    /** More failed logins from one address than the login throttle allows, whatever its limit. */
    private static final int MANY = 100;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext node;
    private static int nodePort;

    @BeforeAll
    static void startBehindAProxy() {
        nodePort = freePort();
        node = new SpringApplicationBuilder(LaurelServer.class)
                .profiles("production")
                .run(
                        "--server.port=" + nodePort,
                        "--laurel.trusted-proxies=127.0.0.1/32",
                        "--laurel.base-url=http://localhost:" + nodePort,
                        "--spring.datasource.url=" + TestDatabase.url(),
                        "--spring.datasource.username=" + TestDatabase.user(),
                        "--spring.datasource.password=" + TestDatabase.password(),
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + MAIL.getSmtp().getPort(),
                        "--laurel.mail-from=laurel@test.example",
                        "--laurel.master-key=" + MASTER_KEY,
                        // asked for, and still refused: production never moves its clock
                        "--laurel.clock.adjustable=true",
                        NODE_SETTINGS.get(0),
                        NODE_SETTINGS.get(1),
                        // the test's client speaks plain http, where a Secure cookie would not come back
                        "--server.servlet.session.cookie.secure=false");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void countsFailedLoginsAgainstTheConnectingAddressWhateverItsXForwardedFor() throws Exception {
        Client stranger = new Client(otherLoopbackAddress());
        int failures = 0;
        String outcome = "error";
        while (outcome.equals("error") && failures < MANY) {
            outcome = stranger.failLogin("203.0.113." + (failures % 250 + 1));
            failures++;
        }
        assertThat(outcome)
                .as("after %d failed logins, each naming another X-Forwarded-For", failures)
                .isEqualTo("locked");
        assertThat(stranger.failLogin("198.51.100.99")).isEqualTo("locked");
    }

    @Test
    void countsFailedLoginsAgainstTheClientATrustedProxyNames() throws Exception {
        Client proxy = new Client(InetAddress.getByName("127.0.0.1"));
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        int failures = 0;
        String outcome = "error";
        while (outcome.equals("error") && failures < MANY) {
            // what the client wrote itself comes first; the proxy appends the address it saw
            outcome = proxy.failLogin("10.9." + (failures % 250) + ".1, " + client);
            failures++;
        }
        assertThat(outcome)
                .as("after %d failed logins from %s", failures, client)
                .isEqualTo("locked");
        String neighbour =
                "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
        assertThat(proxy.failLogin(neighbour))
                .as("another client behind the same proxy")
                .isEqualTo("error");
        assertThat(proxy.failLogin("127.0.0.1, " + client)).isEqualTo("locked");
    }

    @Test
    void theDevelopmentClockIsNotFoundInProduction() throws Exception {
        Client client = new Client(otherLoopbackAddress());
        HttpResponse<String> read = client.send(get("/dev/clock"));
        HttpResponse<String> move = client.send(get("/dev/clock")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"advance\": \"P30D\"}")));

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(move.statusCode()).isEqualTo(404);
        assertThat(node.getBean(java.time.Clock.class).instant())
                .isBefore(java.time.Instant.now().plusSeconds(60));
    }

    @Test
    void takesSchemeAndHostFromATrustedProxyOnly() throws Exception {
        HttpResponse<String> proxied = new Client(InetAddress.getByName("127.0.0.1"))
                .send(get("/dashboard")
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "badges.example.org")
                        .header("X-Forwarded-Port", "443"));
        assertThat(proxied.headers().firstValue("Location")).hasValue("https://badges.example.org/login");

        HttpResponse<String> direct = new Client(otherLoopbackAddress())
                .send(get("/dashboard")
                        .header("X-Forwarded-For", "192.0.2.1")
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "evil.example")
                        .header("X-Forwarded-Port", "443"));
        assertThat(direct.headers().firstValue("Location")).hasValue("http://localhost:" + nodePort + "/login");
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + nodePort + path));
    }

    /** A loopback address other than 127.0.0.1, new for each test. */
    private static InetAddress otherLoopbackAddress() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return InetAddress.getByName(
                "127." + random.nextInt(2, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255));
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A client connecting from one address, keeping its session, following no redirect. */
    private static final class Client {

        private final HttpClient http;

        Client(InetAddress from) {
            this.http = HttpClient.newBuilder()
                    .localAddress(from)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /**
         * Logs in to an account that does not exist, claiming to come from {@code forwardedFor}; returns where the
         * login page sends it back: {@code error} (wrong password) or {@code locked} (too many attempts).
         */
        String failLogin(String forwardedFor) throws Exception {
            HttpResponse<String> page = send(get("/login").header("X-Forwarded-For", forwardedFor));
            Matcher csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).as(page.body()).isTrue();
            String form = "email=" + encode("nobody-" + UUID.randomUUID() + "@test.example") + "&password=wrong"
                    + "&_csrf=" + encode(csrf.group(1));
            HttpResponse<String> answer = send(get("/login")
                    .header("X-Forwarded-For", forwardedFor)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            return URI.create(answer.headers().firstValue("Location").orElseThrow())
                    .getQuery();
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
