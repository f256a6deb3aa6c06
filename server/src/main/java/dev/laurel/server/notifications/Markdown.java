package dev.laurel.server.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The Markdown subset an organization may write in its mails: paragraphs (separated by a blank line; a single line
 * break stays one), {@code **bold**}, {@code *italic*} and {@code [links](https://…)} to http(s) addresses only.
 * Everything else — HTML, other schemes, other Markdown — is shown as the text it is, escaped. Thread-safe.
 */
public final class Markdown {

    private static final Pattern LINK =
            Pattern.compile("\\[([^\\]\\n]{1,500})\\]\\((https?://[^\\s()<>\"']{1,2000})\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
    private static final Pattern PARAGRAPHS = Pattern.compile("\\R[ \\t]*\\R\\s*");
    /** Marks where a link was set aside; removed from the input first, so no one can forge one. */
    private static final String MARK = "\u0001";

    private static final String LINK_STYLE = "color: #2f6b4f;";

    private Markdown() {}

    /** {@code markdown} as HTML paragraphs; empty for null or blank. */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : PARAGRAPHS.split(markdown.strip())) {
            html.append("<p>").append(inline(paragraph.strip())).append("</p>");
        }
        return html.toString();
    }

    /** {@code markdown} as plain text: links as "text (address)", emphasis markers dropped; empty for null or blank. */
    public static String text(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String text = LINK.matcher(markdown.strip())
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " (" + m.group(2) + ")"));
        text = BOLD.matcher(text).replaceAll("$1");
        text = ITALIC.matcher(text).replaceAll("$1");
        return PARAGRAPHS.matcher(text).replaceAll("\n\n");
    }

    /** One paragraph: links set aside as placeholders, the rest escaped and emphasised, then the links put back. */
    private static String inline(String paragraph) {
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(paragraph.replace(MARK, ""));
        StringBuilder rest = new StringBuilder();
        while (link.find()) {
            links.add("<a href=\"" + HtmlUtils.htmlEscape(link.group(2)) + "\" style=\"" + LINK_STYLE + "\">"
                    + emphasis(HtmlUtils.htmlEscape(link.group(1))) + "</a>");
            link.appendReplacement(rest, MARK + (links.size() - 1) + MARK);
        }
        link.appendTail(rest);
        String html = emphasis(HtmlUtils.htmlEscape(rest.toString())).replaceAll("\\R", "<br>");
        for (int i = 0; i < links.size(); i++) {
            html = html.replace(MARK + i + MARK, links.get(i));
        }
        return html;
    }

    private static String emphasis(String escaped) {
        String html = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(html).replaceAll("<em>$1</em>");
    }
}
