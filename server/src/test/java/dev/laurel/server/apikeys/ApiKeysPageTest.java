package dev.laurel.server.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ApiKeysPageTest extends ServerTest {

    private static final Pattern SECRET = Pattern.compile("value=\"(lrl_[A-Za-z0-9_-]+)\"");

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOwnerCreatesAKeySeesItsSecretOnceAndRevokesIt() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Paged Keys University");
        Browser owner = issuer.owner().browser();
        String path = "/organizations/" + issuer.organizationId() + "/api-keys";
        assertThat(owner.get("/organizations/" + issuer.organizationId()).body())
                .contains(path);
        Browser.Page page = owner.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("No API keys yet.");

        Browser.Page refused = owner.post(path, Map.of("name", " "));
        assertThat(refused.body()).contains("Give the key a name").contains("Choose at least one scope.");

        Browser.Page created = owner.post(path, Map.of("name", "Moodle", "scopes", "issue"));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body()).contains("shown only this once");
        Matcher matcher = SECRET.matcher(created.body());
        assertThat(matcher.find()).isTrue();
        String secret = matcher.group(1);
        assertThat(me(secret).statusCode()).isEqualTo(200);

        Browser.Page listed = owner.get(path);
        assertThat(listed.body())
                .contains("Moodle")
                .contains(secret.substring(0, 12))
                .doesNotContain(secret);
        String keyId = jdbc.sql("select id::text from api_keys where organization_id = :org")
                .param("org", issuer.organizationId())
                .query(String.class)
                .single();
        Browser.Page revoked = owner.post(path + "/revoke", Map.of("key", keyId));
        assertThat(revoked.body()).contains("Revoked. The key no longer works.");
        assertThat(me(secret).statusCode()).isEqualTo(401);
        assertThat(owner.post(path + "/revoke", Map.of("key", "nonsense")).body())
                .contains("No such key.");
    }

    @Test
    void refusesMembersBelowAdmin() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Guarded Keys College");
        Scenario.Person member = Scenario.signUp(port, jdbc, "Issuer Ian");
        jdbc.sql("""
                        insert into memberships (organization_id, account_id, role, joined_at)
                        select :org, id, 'issuer', now() from accounts where email = :email
                        """)
                .param("org", issuer.organizationId())
                .param("email", member.email())
                .update();
        String path = "/organizations/" + issuer.organizationId() + "/api-keys";
        member.browser().get("/dashboard");
        assertThat(member.browser().get(path).status()).isEqualTo(403);
        assertThat(member.browser()
                        .post(path, Map.of("name", "Sneaky", "scopes", "admin"))
                        .status())
                .isEqualTo(403);
        assertThat(member.browser()
                        .get("/organizations/" + issuer.organizationId())
                        .body())
                .doesNotContain(path);
        assertThat(jdbc.sql("select count(*) from api_keys where organization_id = :org")
                        .param("org", issuer.organizationId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private HttpResponse<String> me(String secret) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/api/v1/me"))
                                .header("Authorization", "Bearer " + secret)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
