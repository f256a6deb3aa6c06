package dev.laurel.server.certificates;

import java.text.Bidi;

/**
 * What one certificate says, as its template shows it: the placeholders' values, already formatted.
 *
 * @param recipientName the earner's name
 * @param achievementName the badge's name, as signed
 * @param achievementDescription what it recognizes, as signed
 * @param issuedOn the issue date, formatted
 * @param expiresOn the expiry date, formatted, or null when it does not expire
 * @param credits the continuing-education credits earned, formatted, or null
 * @param credentialId the credential's id (its public page's URL)
 * @param issuerName the issuing organization's name
 * @param badgeImage the badge image as a PNG data URI
 * @param qrCode the QR code of the public page as a PNG data URI
 * @param stamp a word stamped across the page ("Revoked", "Suspended"), or null
 */
record CertificateFacts(
        String recipientName,
        String achievementName,
        String achievementDescription,
        String issuedOn,
        String expiresOn,
        String credits,
        String credentialId,
        String issuerName,
        String badgeImage,
        String qrCode,
        String stamp) {

    /** {@code rtl} when the recipient's name is written right to left (Arabic, Hebrew), else {@code ltr}. */
    public String recipientDirection() {
        return direction(recipientName);
    }

    /** {@code rtl} when the achievement's name is written right to left, else {@code ltr}. */
    public String achievementDirection() {
        return direction(achievementName);
    }

    static String direction(String text) {
        return text != null && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()
                ? "rtl"
                : "ltr";
    }
}
