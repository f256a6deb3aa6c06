package dev.laurel.server.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A credential as LinkedIn's "Add to profile" takes a certification: the one way Laurel builds that link, for the
 * backpack's share buttons and the issued mail alike.
 *
 * @param name the certification's (achievement's) name
 * @param organizationName the issuer's name, sent when there is no LinkedIn organization id; may be null
 * @param organizationId the issuer's LinkedIn organization id, or null
 * @param issuedAt when it was issued, or null
 * @param validUntil when it expires, or null: then the link carries no expiration
 * @param certUrl the credential's public page
 * @param certId the credential's id
 */
public record LinkedInCertification(
        String name,
        String organizationName,
        String organizationId,
        Instant issuedAt,
        Instant validUntil,
        String certUrl,
        String certId) {

    /** Where every link starts: LinkedIn's add-to-profile form, opened at the certification step. */
    public static final String ADD_TO_PROFILE = "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME";

    /** The add-to-profile URL with this certification's fields, issue and expiration month and year in UTC. */
    public String url() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        if (organizationId != null) {
            fields.put("organizationId", organizationId);
        } else if (organizationName != null) {
            fields.put("organizationName", organizationName);
        }
        if (issuedAt != null) {
            ZonedDateTime issued = issuedAt.atZone(ZoneOffset.UTC);
            fields.put("issueYear", String.valueOf(issued.getYear()));
            fields.put("issueMonth", String.valueOf(issued.getMonthValue()));
        }
        if (validUntil != null) {
            ZonedDateTime until = validUntil.atZone(ZoneOffset.UTC);
            fields.put("expirationYear", String.valueOf(until.getYear()));
            fields.put("expirationMonth", String.valueOf(until.getMonthValue()));
        }
        fields.put("certUrl", certUrl);
        fields.put("certId", certId);
        return ADD_TO_PROFILE + "&" + query(fields);
    }

    /** {@code parameters} as a query string, each name and value percent-encoded (spaces as {@code %20}). */
    public static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
