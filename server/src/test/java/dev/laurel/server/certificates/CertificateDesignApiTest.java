package dev.laurel.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The designer through the management API: the new fields beside {@code template}, given back as taken, refused with
 * the field named, and a badge that says so has its certificate attached to the issued mail.
 */
class CertificateDesignApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void anAchievementTakesTheDesignersFieldsAndTheIssuedMailCarriesItsCertificate() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Designer Academy");
        ObjectNode achievement = ApiCalls.achievement("Letterpress");
        ObjectNode certificate = achievement.putObject("certificate");
        certificate.put("template", "minimal");
        certificate.put("background", ApiCalls.dataUri("image/png", SamplePictures.background()));
        certificate
                .putArray("signatures")
                .addObject()
                .put("name", "Beatrice Warde")
                .put("title", "Dean")
                .put("image", ApiCalls.dataUri("image/png", SamplePictures.signature()));
        certificate
                .putArray("texts")
                .addObject()
                .put("text", "Presented to {recipient.name} by {issuer.name}.")
                .put("typeface", "sans")
                .put("size", 14);
        certificate.put("qrCode", false);
        certificate.put("attachToMail", true);
        UUID id = UUID.fromString(
                api.post("/api/v1/achievements", achievement).json().get("id").asText());

        JsonNode given = api.get("/api/v1/achievements/" + id).json().get("certificate");
        assertThat(given.get("template").asText()).isEqualTo("minimal");
        assertThat(given.get("background").asText()).startsWith("data:image/png;base64,");
        assertThat(given.get("signatures").get(0).get("name").asText()).isEqualTo("Beatrice Warde");
        assertThat(given.get("texts").get(0).get("typeface").asText()).isEqualTo("sans");
        assertThat(given.get("qrCode").asBoolean()).isFalse();
        assertThat(given.get("badgeImage").asBoolean()).isTrue();
        assertThat(given.get("attachToMail").asBoolean()).isTrue();

        String email = uniqueEmail("letterpress");
        api.issue(id, "Jan Tschichold", email);
        List<MimeMessage> mails = patiently(email);
        assertThat(mails).hasSize(1);
        byte[] pdf = attachment(mails.getFirst(), "certificate.pdf");
        assertThat(pdf).isNotNull();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Presented to Jan Tschichold by Designer Academy.", "Beatrice Warde");
        }
    }

    @Test
    void aCertificateOfABadgeThatDoesNotSaySoIsNotAttached() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Plain Mail College");
        String email = uniqueEmail("plain");
        api.issue(api.createAchievement("Plain"), "Ada Plain", email);
        List<MimeMessage> mails = patiently(email);
        assertThat(mails).hasSize(1);
        assertThat(attachment(mails.getFirst(), "certificate.pdf")).isNull();
        assertThat(mails.getFirst().getHeader("X-Laurel-Attachment")).isNull();
    }

    @Test
    void refusesADesignNamingEachFieldInTheWay() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Refused Designs Institute");
        ObjectNode achievement = ApiCalls.achievement("Refused");
        ObjectNode certificate = achievement.putObject("certificate");
        certificate.put("template", "classic");
        certificate.put("background", "data:image/gif;base64,R0lGODlhAQABAAAAACw=");
        certificate.putArray("texts").addObject().put("text", "Dear {recipient.firstname}");

        ApiCalls.Answer refused = api.post("/api/v1/achievements", achievement);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactly("certificate.background", "certificate.texts[0].text");
        assertThat(refused.json().get("errors").findValuesAsText("code"))
                .containsExactly("certificate.not-an-image", "certificate.placeholder-unknown");
        assertThat(refused.raw().body()).contains("{recipient.firstname}");
    }

    /** The mails to {@code to}, waiting up to 90 s: the certificate is rendered and sealed when the mail is sent. */
    private static List<MimeMessage> patiently(String to) throws InterruptedException {
        for (int i = 0; i < 9; i++) {
            List<MimeMessage> mails = mailsTo(to, message -> true);
            if (!mails.isEmpty()) {
                return mails;
            }
        }
        return List.of();
    }

    private static byte[] attachment(MimeMessage message, String name) throws Exception {
        if (!(message.getContent() instanceof Multipart multipart)) {
            return null;
        }
        return find(multipart, name);
    }

    private static byte[] find(Multipart multipart, String name) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (name.equals(part.getFileName())) {
                return part.getInputStream().readAllBytes();
            }
            if (part.getContent() instanceof Multipart inner) {
                byte[] found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
