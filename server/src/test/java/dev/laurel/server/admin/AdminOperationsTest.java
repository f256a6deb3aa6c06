package dev.laurel.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.credentials.json.Json;
import dev.laurel.server.Browser;
import dev.laurel.server.LaurelServer;
import dev.laurel.server.ServerTest;
import dev.laurel.server.TestDatabase;
import dev.laurel.server.apikeys.Scope;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AdminOperationsTest extends ServerTest {

    @Autowired
    AdminOperations operations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bootstrapsAnOrganizationItsOwnerAndAnAdminKey() {
        String email = uniqueEmail("dean");
        AdminOperations.Bootstrapped done = operations.bootstrap("Bootstrapped University", email, false);

        assertThat(jdbc.sql("select role from memberships m join accounts a on a.id = m.account_id "
                                + "where m.organization_id = :org and a.email = :email")
                        .param("org", done.organizationId())
                        .param("email", email)
                        .query(String.class)
                        .single())
                .isEqualTo("owner");
        assertThat(jdbc.sql("select count(*) from signing_keys where organization_id = :org")
                        .param("org", done.organizationId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        Browser api = new Browser(port);
        var me = api.raw(
                HttpRequest.newBuilder(api.uri("/api/v1/me")).header("Authorization", "Bearer " + done.apiKey()));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(Json.parse(me.body()).get("organizationId").asText())
                .isEqualTo(done.organizationId().toString());
        assertThat(Json.parse(me.body()).get("scopes").toString()).isEqualTo("[\"admin\"]");

        Browser owner = new Browser(port);
        assertThat(owner.get(done.loginUrl()).body()).contains("Choose your password");
        Browser.Page login = owner.post(
                "/accounts/set-password",
                Map.of(
                        "token", done.loginUrl().substring(done.loginUrl().indexOf("token=") + 6),
                        "password", "a brand new passphrase",
                        "confirmation", "a brand new passphrase"));
        assertThat(login.body()).contains("Your password is set");
        Browser.Page dashboard = owner.post("/login", Map.of("email", email, "password", "a brand new passphrase"));
        assertThat(dashboard.body()).contains("Bootstrapped University").doesNotContain("Please confirm your email");
        assertThat(owner.get(done.loginUrl()).body()).contains("not valid any more");
    }

    @Test
    void createsAndRevokesKeysOfExistingOrganizationsOnly() {
        AdminOperations.Bootstrapped done = operations.bootstrap("Keyed College", uniqueEmail("registrar"), false);
        var created = operations.createKey(done.organizationId(), "moodle", EnumSet.of(Scope.READ, Scope.ISSUE));
        assertThat(created.key().scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.ISSUE);
        operations.revokeKey(done.organizationId(), created.key().id());
        assertThatThrownBy(() -> operations.revokeKey(done.organizationId(), UUID.randomUUID()))
                .hasMessageContaining("has no API key");
        assertThatThrownBy(() -> operations.createKey(UUID.randomUUID(), "x", EnumSet.of(Scope.READ)))
                .hasMessageContaining("no organization");
    }

    @Test
    void theCommandRunsOnTheConfiguredDatabaseWithoutAWebServer() {
        Map<String, String> settings = Map.of(
                "LAUREL_DB_URL", TestDatabase.url(),
                "LAUREL_DB_USER", TestDatabase.user(),
                "LAUREL_DB_PASSWORD", TestDatabase.password(),
                "LAUREL_BASE_URL", "http://localhost:" + PORT,
                "LAUREL_MASTER_KEY", MASTER_KEY);
        String email = uniqueEmail("registrar");
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = System.out;
        int exit;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            exit = AdminCommand.run(
                    new String[] {"bootstrap", "--org", "Command Line College", "--email", email},
                    LaurelServer.class,
                    settings);
        } finally {
            System.setOut(out);
        }

        assertThat(exit).isZero();
        var result = Json.parse(printed.toString(java.nio.charset.StandardCharsets.UTF_8));
        java.util.List<String> keys = new java.util.ArrayList<>();
        result.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("organizationId", "apiKey", "loginUrl");
        assertThat(jdbc.sql("select name from organizations where id = :id")
                        .param(
                                "id",
                                UUID.fromString(result.get("organizationId").asText()))
                        .query(String.class)
                        .single())
                .isEqualTo("Command Line College");
        Browser api = new Browser(port);
        var me = api.raw(HttpRequest.newBuilder(api.uri("/api/v1/me"))
                .header("Authorization", "Bearer " + result.get("apiKey").asText()));
        assertThat(me.statusCode()).isEqualTo(200);
    }

    @Test
    void aSecondBootstrapForTheSameOwnerIsRefusedWithWhatToDoUnlessAnotherOrganizationIsAsked() {
        String email = uniqueEmail("registrar");
        AdminOperations.Bootstrapped first = operations.bootstrap("Twice University", email, false);

        assertThatThrownBy(() -> operations.bootstrap("Twice University", email, false))
                .isInstanceOf(AdminOperations.AlreadyBootstrapped.class)
                .hasMessageContaining(email + " already owns Twice University (" + first.organizationId() + ")")
                .hasMessageContaining("laurel admin api-key create --org " + first.organizationId())
                .hasMessageContaining("--another-organization");
        assertThat(owned(email)).isOne();

        AdminOperations.Bootstrapped second = operations.bootstrap("Twice University Press", email, true);
        assertThat(second.organizationId()).isNotEqualTo(first.organizationId());
        assertThat(owned(email)).isEqualTo(2);
    }

    @Test
    void anAdminCommandBesideAStartDevDataDirectoryUsesItWithoutBeingTold(@TempDir Path here) throws Exception {
        AdminCommand.Target target = new AdminCommand.Target();
        assertThat(target.dataDirectory(Map.of(), here)).isNull();

        Files.createDirectory(here.resolve("laurel-data"));
        assertThat(target.dataDirectory(Map.of(), here)).isEqualTo(here.resolve("laurel-data"));
        assertThat(target.dataDirectory(Map.of("LAUREL_DB_URL", "jdbc:postgresql://db/laurel"), here))
                .as("production settings win over a stray data directory")
                .isNull();
        target.dataDirectory = here.resolve("elsewhere");
        assertThat(target.dataDirectory(Map.of(), here)).isEqualTo(here.resolve("elsewhere"));
    }

    private long owned(String email) {
        return jdbc.sql("select count(*) from memberships m join accounts a on a.id = m.account_id "
                        + "where a.email = :email and m.role = 'owner'")
                .param("email", email)
                .query(Long.class)
                .single();
    }
}
