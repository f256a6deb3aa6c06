package dev.laurel.server.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every organization, as a collection; and the image of each. */
@Repository
public class Organizations {

    private static final String COLUMNS =
            "id, name, url, email, description, image_type, created_at, linkedin_organization_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    Organizations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Organization> find(OrganizationId id) {
        return jdbc.sql("select " + COLUMNS + " from organizations where id = :id")
                .param("id", id.value())
                .query(Organizations::organization)
                .optional();
    }

    /** The organization's logo: its bytes and media type. */
    public Optional<Image> image(OrganizationId id) {
        return jdbc.sql("select image, image_type from organizations where id = :id and image is not null")
                .param("id", id.value())
                .query((rs, row) -> new Image(rs.getBytes("image"), rs.getString("image_type")))
                .optional();
    }

    /** An image and its media type. */
    public record Image(byte[] bytes, String mediaType) {}

    /** The organizations {@code accountId} belongs to, with the role held in each, by name. */
    public List<MembershipView> of(UUID accountId) {
        return jdbc.sql("select " + prefixed("o") + ", m.role from organizations o join memberships m "
                        + "on m.organization_id = o.id where m.account_id = :account order by lower(o.name)")
                .param("account", accountId)
                .query((rs, row) -> new MembershipView(organization(rs, row), Role.parse(rs.getString("role"))))
                .list();
    }

    /** An organization seen by one of its members. */
    public record MembershipView(Organization organization, Role role) {}

    Organization add(OrganizationProfile profile) {
        OrganizationId id = new OrganizationId(UUID.randomUUID());
        jdbc.sql("""
                        insert into organizations (id, name, url, email, description, created_at,
                            linkedin_organization_id)
                        values (:id, :name, :url, :email, :description, :now, :linkedin)
                        """)
                .param("id", id.value())
                .param("name", profile.name())
                .param("url", profile.url())
                .param("email", profile.email())
                .param("description", profile.description())
                .param("linkedin", profile.linkedinOrganizationId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return find(id).orElseThrow();
    }

    void update(OrganizationId id, OrganizationProfile profile) {
        jdbc.sql("update organizations set name = :name, url = :url, email = :email, description = :description, "
                        + "linkedin_organization_id = :linkedin where id = :id")
                .param("id", id.value())
                .param("name", profile.name())
                .param("url", profile.url())
                .param("email", profile.email())
                .param("description", profile.description())
                .param("linkedin", profile.linkedinOrganizationId())
                .update();
    }

    void updateImage(OrganizationId id, byte[] image, String mediaType) {
        jdbc.sql("update organizations set image = :image, image_type = :type where id = :id")
                .param("id", id.value())
                .param("image", image)
                .param("type", mediaType)
                .update();
    }

    private static String prefixed(String alias) {
        return String.join(
                ", ",
                java.util.Arrays.stream(COLUMNS.split(", "))
                        .map(c -> alias + "." + c)
                        .toList());
    }

    static Organization organization(ResultSet rs, int row) throws SQLException {
        return new Organization(
                new OrganizationId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("url"),
                rs.getString("email"),
                rs.getString("description"),
                rs.getString("image_type"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("linkedin_organization_id"));
    }
}
