package dev.laurel.server.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Markdown subset of organizations' mail messages: what it renders, and that everything else stays text. */
class MarkdownTest {

    @Test
    void rendersParagraphsBoldItalicAndHttpLinks() {
        assertThat(Markdown.html(
                        "Well done, **Ada**!\nKeep *going*.\n\nSee [our page](https://example.edu/a?b=1&c=2)."))
                .isEqualTo(
                        "<p>Well done, <strong>Ada</strong>!<br>Keep <em>going</em>.</p>"
                                + "<p>See <a href=\"https://example.edu/a?b=1&amp;c=2\" style=\"color: #2f6b4f;\">our page</a>.</p>");
    }

    @Test
    void escapesHtml() {
        assertThat(Markdown.html("<script>alert(1)</script> & <b onclick=\"x\">hi</b>"))
                .isEqualTo(
                        "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b onclick=&quot;x&quot;&gt;hi&lt;/b&gt;</p>");
    }

    @Test
    void linksToOtherSchemesStayText() {
        assertThat(Markdown.html("[click](javascript:alert(1)) [data](data:text/html,x) [rel](/path)"))
                .doesNotContain("<a")
                .contains("[click](javascript:alert(1))");
    }

    @Test
    void aLinkCannotBreakOutOfItsAttribute() {
        assertThat(Markdown.html("[x](https://e.example/\"onmouseover=alert(1))"))
                .doesNotContain("<a");
        assertThat(Markdown.html("[<img src=x>](https://e.example/)"))
                .isEqualTo("<p><a href=\"https://e.example/\" style=\"color: #2f6b4f;\">&lt;img src=x&gt;</a></p>");
    }

    @Test
    void emphasisInsideALinkAndAroundIt() {
        assertThat(Markdown.html("**[Renew](https://e.example/r*x*)**"))
                .isEqualTo(
                        "<p><strong><a href=\"https://e.example/r*x*\" style=\"color: #2f6b4f;\">Renew</a></strong></p>");
    }

    @Test
    void placeholdersCannotBeForged() {
        assertThat(Markdown.html("\u00010\u0001 [a](https://e.example/)")).startsWith("<p>0 <a href=");
    }

    @Test
    void otherMarkdownIsShownAsWritten() {
        assertThat(Markdown.html("# Title\n- item\n`code`")).isEqualTo("<p># Title<br>- item<br>`code`</p>");
    }

    @Test
    void plainTextDropsMarkersAndSpellsOutLinks() {
        assertThat(Markdown.text("Well **done**, *Ada*.\n\n\nSee [our page](https://example.edu)."))
                .isEqualTo("Well done, Ada.\n\nSee our page (https://example.edu).");
        assertThat(Markdown.html(null)).isEmpty();
        assertThat(Markdown.text("  ")).isEmpty();
    }
}
