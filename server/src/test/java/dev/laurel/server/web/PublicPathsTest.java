package dev.laurel.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each module opens to everyone answers a stranger without asking them to log in; every other page sends them to
 * the login page.
 */
class PublicPathsTest extends ServerTest {

    private static final String NO_SUCH = "00000000-0000-0000-0000-000000000000";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void strangersOpenEveryModulesPublicPages() throws Exception {
        List<String> open = List.of(
                "/",
                "/favicon.ico",
                "/health",
                "/signup",
                "/login",
                "/login/link",
                "/accounts/verify-email?token=x",
                "/accounts/set-password?token=x",
                "/invitations/x",
                "/issuers/" + NO_SUCH,
                "/.well-known/did.json",
                "/badges/" + NO_SUCH + "/image",
                "/status/" + NO_SUCH,
                "/endorsements/" + NO_SUCH,
                "/endorsements/" + NO_SUCH + "/verification",
                "/endorsements/status/" + NO_SUCH,
                "/badges/" + NO_SUCH + "/endorsements",
                "/verify",
                "/claim/x",
                "/c/" + NO_SUCH,
                "/i/" + NO_SUCH,
                "/s/" + NO_SUCH,
                "/u/nobody",
                "/embed/" + NO_SUCH,
                "/backpack/addresses/confirm?token=x",
                "/dev/mail",
                "/dev/clock",
                "/v3/api-docs");
        for (String path : open) {
            HttpResponse<String> response = get(path);
            assertThat(sentToLogIn(response)).as(path).isFalse();
            assertThat(response.statusCode()).as(path).isNotIn(401, 403);
        }
    }

    @Test
    void strangersAreSentToLogInEverywhereElse() throws Exception {
        for (String path : List.of("/dashboard", "/organizations", "/backpack", "/backpack/account", "/nothing")) {
            assertThat(sentToLogIn(get(path))).as(path).isTrue();
        }
    }

    @Test
    void verifyTakesPostsWithoutACsrfTokenAndOtherFormsDoNot() throws Exception {
        assertThat(post("/verify").statusCode()).isNotEqualTo(403);
        assertThat(post("/signup").statusCode()).isEqualTo(403);
    }

    private static boolean sentToLogIn(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("credential=x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
