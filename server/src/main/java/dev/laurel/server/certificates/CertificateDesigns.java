package dev.laurel.server.certificates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each badge's certificate design, as a collection: a badge with none has {@link CertificateDesign#DEFAULT}. The
 * caller checks who may change a badge and that the design passes {@link DesignChecks}; this only stores. Thread-safe.
 */
@Service
public class CertificateDesigns {

    private final JdbcClient jdbc;
    private final Clock clock;

    CertificateDesigns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The design the badge's issuer chose, if any. */
    public Optional<CertificateDesign> chosen(BadgeId badge) {
        List<SignatureBlock> signatures = jdbc.sql("""
                        select name, title, image, image_type from certificate_signatures
                        where badge_id = :badge order by position
                        """)
                .param("badge", badge.value())
                .query((rs, row) -> new SignatureBlock(
                        rs.getString("name"), rs.getString("title"), picture(rs, "image", "image_type")))
                .list();
        return jdbc.sql("""
                        select template, paper, orientation, background, background_type, logo, logo_type,
                               organization_logo, texts, qr_code, badge_image, attach_to_mail
                        from certificate_settings where badge_id = :badge
                        """)
                .param("badge", badge.value())
                .query((rs, row) -> new CertificateDesign(
                        CertificateTemplate.of(rs.getString("template")).orElseThrow(),
                        Paper.of(rs.getString("paper")).orElseThrow(),
                        Orientation.of(rs.getString("orientation")).orElseThrow(),
                        picture(rs, "background", "background_type"),
                        picture(rs, "logo", "logo_type"),
                        rs.getBoolean("organization_logo"),
                        signatures,
                        texts(rs.getString("texts")),
                        rs.getBoolean("qr_code"),
                        rs.getBoolean("badge_image"),
                        rs.getBoolean("attach_to_mail")))
                .optional();
    }

    /** The design the badge's certificates are made with. */
    public CertificateDesign of(BadgeId badge) {
        return chosen(badge).orElse(CertificateDesign.DEFAULT);
    }

    /** Sets the badge's design, every part of it. */
    @Transactional
    public void save(OrganizationId organization, BadgeId badge, CertificateDesign design) {
        jdbc.sql("""
                        insert into certificate_settings (badge_id, organization_id, template, paper, orientation,
                            background, background_type, logo, logo_type, organization_logo, texts, qr_code,
                            badge_image, attach_to_mail, updated_at)
                        values (:badge, :org, :template, :paper, :orientation, :background, :backgroundType, :logo,
                            :logoType, :organizationLogo, cast(:texts as jsonb), :qrCode, :badgeImage, :attach, :now)
                        on conflict (badge_id) do update
                            set template = excluded.template, paper = excluded.paper,
                                orientation = excluded.orientation, background = excluded.background,
                                background_type = excluded.background_type, logo = excluded.logo,
                                logo_type = excluded.logo_type, organization_logo = excluded.organization_logo,
                                texts = excluded.texts, qr_code = excluded.qr_code,
                                badge_image = excluded.badge_image, attach_to_mail = excluded.attach_to_mail,
                                updated_at = excluded.updated_at
                        """)
                .param("badge", badge.value())
                .param("org", organization.value())
                .param("template", design.template().key())
                .param("paper", design.paper().key())
                .param("orientation", design.orientation().key())
                .param("background", bytes(design.background()))
                .param("backgroundType", type(design.background()))
                .param("logo", bytes(design.logo()))
                .param("logoType", type(design.logo()))
                .param("organizationLogo", design.organizationLogo())
                .param("texts", json(design.texts()))
                .param("qrCode", design.qrCode())
                .param("badgeImage", design.badgeImage())
                .param("attach", design.attachToMail())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("delete from certificate_signatures where badge_id = :badge")
                .param("badge", badge.value())
                .update();
        for (int i = 0; i < design.signatures().size(); i++) {
            SignatureBlock signature = design.signatures().get(i);
            jdbc.sql("""
                            insert into certificate_signatures (badge_id, position, name, title, image, image_type)
                            values (:badge, :position, :name, :title, :image, :type)
                            """)
                    .param("badge", badge.value())
                    .param("position", i)
                    .param("name", signature.name())
                    .param("title", signature.title())
                    .param("image", bytes(signature.image()))
                    .param("type", type(signature.image()))
                    .update();
        }
    }

    private static Picture picture(ResultSet rs, String bytes, String type) throws SQLException {
        byte[] image = rs.getBytes(bytes);
        return image == null ? null : new Picture(rs.getString(type), image);
    }

    private static byte[] bytes(Picture picture) {
        return picture == null ? null : picture.bytes();
    }

    private static String type(Picture picture) {
        return picture == null ? null : picture.mediaType();
    }

    private static String json(List<TextBlock> texts) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (TextBlock text : texts) {
            array.addObject()
                    .put("text", text.text())
                    .put("typeface", text.typeface().key())
                    .put("size", text.size());
        }
        return Json.write(array);
    }

    private static List<TextBlock> texts(String json) {
        List<TextBlock> texts = new ArrayList<>();
        for (JsonNode text : Json.parse(json)) {
            texts.add(new TextBlock(
                    text.path("text").asText(),
                    Typeface.of(text.path("typeface").asText()).orElse(Typeface.SERIF),
                    text.path("size").asDouble(TextBlock.DEFAULT_SIZE)));
        }
        return texts;
    }
}
