package dev.laurel.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every page's {@code <html>} names the language it is shown in, and its direction: the browser's language when
 * Laurel has texts in it, else English — never a language the page is not written in.
 */
class PageLanguageTest extends ServerTest {

    private static final Pattern HTML = Pattern.compile("<html[^>]*>");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageSaysItIsInEnglishWhenTheBrowserAsksForNothing() throws Exception {
        assertThat(html("/login", null)).contains("lang=\"en\"").contains("dir=\"ltr\"");
    }

    @Test
    void aPageShownInEnglishSaysEnglishWhateverLanguageTheBrowserPrefers() throws Exception {
        for (String accepted : new String[] {"de-DE,de;q=0.9", "ar", "en-GB,en;q=0.8", "fr;q=0.9, *;q=0.1"}) {
            for (String path : new String[] {"/", "/login", "/signup", "/verify"}) {
                assertThat(html(path, accepted))
                        .as(path + " with Accept-Language " + accepted)
                        .contains("lang=\"en\"")
                        .contains("dir=\"ltr\"");
            }
        }
    }

    @Test
    void aLanguageWrittenRightToLeftGetsRtl() {
        assertThat(PageLanguage.direction(Locale.forLanguageTag("ar-EG"))).isEqualTo("rtl");
        assertThat(PageLanguage.direction(Locale.forLanguageTag("he"))).isEqualTo("rtl");
        assertThat(PageLanguage.direction(Locale.forLanguageTag("fr"))).isEqualTo("ltr");
    }

    private String html(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Matcher html = HTML.matcher(response.body());
        assertThat(html.find()).as(path + " is an HTML page").isTrue();
        return html.group();
    }
}
