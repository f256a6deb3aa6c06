package dev.laurel.server.backpack;

import dev.laurel.server.platform.LinkedInCertification;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * The one-click ways to share a credential's public page: LinkedIn's "Add to profile" (as a certification) and
 * share-to-feed, X, Facebook, an email-signature snippet, and embed snippets (plain HTML, and a script-free iframe).
 *
 * @param page the public page's URL
 * @param linkedInProfile LinkedIn's add-to-profile URL, filled with the certification's fields
 * @param linkedInFeed LinkedIn's share-to-feed URL
 * @param x X's post intent URL
 * @param facebook Facebook's sharer URL
 * @param emailSignature HTML for an email signature: the badge image and its name, linked to the page, and its issuer
 * @param embedHtml plain HTML showing the badge, its name and issuer, and a link to the page for its current status.
 *     Neither static snippet claims the credential is verified: pasted HTML cannot change when it is revoked or expires
 * @param embedIframe an iframe of the embeddable card, sandboxed without scripts: the live embed, which shows the
 *     credential's current status
 */
record ShareLinks(
        String page,
        String linkedInProfile,
        String linkedInFeed,
        String x,
        String facebook,
        String emailSignature,
        String embedHtml,
        String embedIframe) {

    /**
     * What a credential's share links say.
     *
     * @param name the credential's (achievement's) name
     * @param issuerName the issuing organization's name
     * @param linkedInOrganizationId the issuer's LinkedIn organization id, or null: then its name is sent
     * @param issuedAt when it was issued, or null
     * @param validUntil when it expires, or null
     * @param certId the credential's id, for LinkedIn's credential id field
     * @param page the public page's URL
     * @param image the badge image's absolute URL
     * @param embed the embeddable card's absolute URL
     */
    record Subject(
            String name,
            String issuerName,
            String linkedInOrganizationId,
            Instant issuedAt,
            Instant validUntil,
            String certId,
            String page,
            String image,
            String embed) {}

    static ShareLinks of(Subject subject) {
        String text = subject.issuerName() == null
                ? "I earned “" + subject.name() + "”."
                : "I earned “" + subject.name() + "” from " + subject.issuerName() + ".";
        String page = HtmlUtils.htmlEscape(subject.page());
        String name = HtmlUtils.htmlEscape(subject.name());
        String image = HtmlUtils.htmlEscape(subject.image());
        String issuer = subject.issuerName() == null ? null : HtmlUtils.htmlEscape(subject.issuerName());
        return new ShareLinks(
                subject.page(),
                new LinkedInCertification(
                                subject.name(),
                                subject.issuerName(),
                                subject.linkedInOrganizationId(),
                                subject.issuedAt(),
                                subject.validUntil(),
                                subject.page(),
                                subject.certId())
                        .url(),
                "https://www.linkedin.com/sharing/share-offsite/?" + query(Map.of("url", subject.page())),
                "https://x.com/intent/tweet?" + query(ordered("text", text, "url", subject.page())),
                "https://www.facebook.com/sharer/sharer.php?" + query(Map.of("u", subject.page())),
                "<a href=\"" + page + "\"><img src=\"" + image + "\" alt=\"" + name
                        + "\" width=\"48\" height=\"48\" style=\"vertical-align:middle;border:0\"></a> <a href=\""
                        + page + "\" style=\"font-family:sans-serif;font-size:13px\">" + name + "</a>"
                        + (issuer == null
                                ? ""
                                : "<span style=\"font-family:sans-serif;font-size:13px;color:#4a5552\"> · " + issuer
                                        + "</span>"),
                "<div style=\"display:inline-block;font-family:sans-serif;border:1px solid #dcdfda;"
                        + "border-radius:8px;padding:12px;text-align:center;max-width:220px\"><a href=\"" + page
                        + "\"><img src=\"" + image + "\" alt=\"" + name
                        + "\" width=\"120\" height=\"120\" style=\"border:0\"></a><p style=\"margin:8px 0 4px;"
                        + "font-weight:600\"><a href=\"" + page + "\">" + name + "</a></p>"
                        + (issuer == null
                                ? ""
                                : "<p style=\"margin:0;font-size:13px;color:#4a5552\">Issued by " + issuer + "</p>")
                        + "<p style=\"margin:4px 0 0;font-size:12px\"><a href=\"" + page
                        + "\">See its current status</a></p></div>",
                "<iframe src=\"" + HtmlUtils.htmlEscape(subject.embed()) + "\" title=\"" + name
                        + "\" width=\"260\" height=\"300\" style=\"border:0\" loading=\"lazy\" "
                        + "sandbox=\"allow-popups allow-popups-to-escape-sandbox\"></iframe>");
    }

    private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static String query(Map<String, String> parameters) {
        return LinkedInCertification.query(parameters);
    }
}
