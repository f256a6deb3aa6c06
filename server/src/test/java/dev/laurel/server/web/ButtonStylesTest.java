package dev.laurel.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every button of every page wears one of the stylesheet's button styles: a browser's own grey button looks broken
 * beside the others. The nav's "Log out" is the one plain-link button, styled by the nav.
 */
class ButtonStylesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path CSS = Path.of("src/main/resources/static/css");
    private static final Pattern BUTTON = Pattern.compile("<button\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("\\bclass=\"([^\"]*)\"");
    /** The classes the stylesheets give a button's look to. */
    private static final Set<String> STYLED = Set.of("button", "primary", "icon", "pick-badge");

    @Test
    void everyButtonWearsAButtonStyle() throws IOException {
        List<String> plain = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.startsWith(TEMPLATES.resolve("mail")))
                    .toList()) {
                Matcher button = BUTTON.matcher(Files.readString(file));
                while (button.find()) {
                    Matcher cls = CLASS.matcher(button.group());
                    List<String> classes =
                            cls.find() ? Arrays.asList(cls.group(1).split("\\s+")) : List.of();
                    boolean navLink = file.endsWith("layout.html") && classes.equals(List.of("link"));
                    if (!navLink && classes.stream().noneMatch(STYLED::contains)) {
                        plain.add(TEMPLATES.relativize(file) + ": " + button.group());
                    }
                }
            }
        }
        assertThat(plain).as("buttons without a button style").isEmpty();
    }

    @Test
    void everyButtonStyleIsInAStylesheet() throws IOException {
        StringBuilder css = new StringBuilder();
        try (Stream<Path> files = Files.list(CSS)) {
            for (Path file : files.toList()) {
                css.append(Files.readString(file));
            }
        }
        for (String style : STYLED) {
            assertThat(css.toString()).as(style).containsPattern("(^|[\\s,}])(button)?\\." + style + "\\b");
        }
    }
}
