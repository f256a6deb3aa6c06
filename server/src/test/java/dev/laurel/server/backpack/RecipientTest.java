package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.verification.CredentialVerification;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whose an import is (issue 12, item 2): an imported credential is matched against the importing earner's confirmed
 * addresses, plain or hashed with the credential's salt. One issued to someone else is kept, marked "Not issued to
 * you" wherever it shows, and never carried in the CLR the platform signs for the earner.
 */
class RecipientTest extends ServerTest {

    private static final String NOT_YOURS = "Not issued to you";

    private static final String NOT_THEIRS = "Not issued to this earner";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CredentialVerification verification;

    @Autowired
    Rechecks rechecks;

    @Test
    void anotherEarnersCredentialIsMarkedNotIssuedToYouAndLeftOutOfTheSignedClr() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Recipient College");
        Scenario.Person ann = Scenario.signUp(port, jdbc, "Ann Earner");
        UUID credential =
                Scenario.issue(issuer, Scenario.badge(issuer, "Borrowed Badge", "di"), ann.name(), ann.email());
        Earners.accept(ann, credential, jdbc);

        Scenario.Person bob = Scenario.signUp(port, jdbc, "Bob Borrower");
        Browser browser = bob.browser();
        browser.get("/backpack/import");
        Browser.Page imported =
                browser.post("/backpack/import/url", Map.of("url", "http://localhost:" + PORT + "/c/" + credential));
        UUID borrowed = Earners.importedItem(imported);
        assertThat(imported.body()).contains("Imported and verified, but it was not issued to you");
        UUID plain = Earners.importedItem(Earners.importFile(
                browser, "plain.json", "application/json", Credentials.json("Bob Plain", bob.email(), false)));
        UUID hashed = Earners.importedItem(Earners.importFile(
                browser, "hashed.json", "application/json", Credentials.json("Bob Hashed", bob.email(), true)));
        UUID jwt = Earners.importedItem(
                Earners.importFile(browser, "hashed.jwt", "text/plain", Credentials.jwt("Bob Jwt", bob.email())));

        assertThat(browser.get("/backpack/items/" + borrowed).body()).contains(NOT_YOURS);
        for (UUID own : List.of(plain, hashed, jwt)) {
            assertThat(browser.get("/backpack/items/" + own).body()).doesNotContain(NOT_YOURS);
            assertThat(new Browser(port).get("/i/" + own).body()).doesNotContain(NOT_THEIRS);
        }
        assertThat(occurrences(browser.get("/backpack").body(), NOT_YOURS)).isEqualTo(1);
        assertThat(new Browser(port).get("/i/" + borrowed).body()).contains(NOT_THEIRS);
        assertThat(new Browser(port).get("/embed/" + borrowed).body()).contains(NOT_THEIRS);

        browser.post("/backpack/items/" + borrowed + "/visibility", Map.of("visibility", "public"));
        browser.post("/backpack/items/" + plain + "/visibility", Map.of("visibility", "public"));
        String handle = "bob-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get("/backpack/profile");
        browser.post(
                "/backpack/profile", Map.of("handle", handle, "displayName", "Bob", "bio", "", "published", "true"));
        String profile = new Browser(port).get("/u/" + handle).body();
        assertThat(profile).contains("Borrowed Badge").contains("Bob Plain");
        assertThat(occurrences(profile, NOT_THEIRS)).isEqualTo(1);

        UUID collection = collection(bob, borrowed, plain, hashed);
        assertThat(browser.get("/backpack/collections/" + collection).body())
                .contains("Left out of the CLR download because it was not issued to this account: Borrowed Badge");
        HttpResponse<byte[]> response =
                browser.raw(HttpRequest.newBuilder(browser.uri("/backpack/collections/" + collection + "/clr.json")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Laurel-Left-Out")).hasValue("1");
        assertThat(response.headers().firstValue("Laurel-Not-Issued-To-Earner")).hasValue("1");
        JsonNode clr = Json.parse(new String(response.body(), StandardCharsets.UTF_8));
        List<String> carried = new ArrayList<>();
        clr.at("/credentialSubject/verifiableCredential")
                .forEach(c ->
                        carried.add(c.at("/credentialSubject/achievement/name").asText()));
        assertThat(carried).containsExactly("Bob Plain", "Bob Hashed");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain(credential.toString());
        assertThat(verification.verify(response.body()).verified())
                .as("the CLR without the borrowed credential still verifies")
                .isTrue();
    }

    @Test
    void aCredentialIssuedToAFurtherConfirmedAddressIsTheEarnersOwn() {
        Scenario.Person cat = Scenario.signUp(port, jdbc, "Cat Further");
        String further = uniqueEmail("cat-work");
        jdbc.sql("insert into earner_addresses (account_id, email, added_at, confirmed_at) "
                        + "select id, :email, now(), now() from accounts where email = :login")
                .param("email", further)
                .param("login", cat.email())
                .update();
        UUID item = Earners.importedItem(Earners.importFile(
                cat.browser(), "work.json", "application/json", Credentials.json("Work Badge", further, true)));
        assertThat(cat.browser().get("/backpack/items/" + item).body()).doesNotContain(NOT_YOURS);
    }

    @Test
    void confirmingTheAddressAnImportNamesMakesItTheEarnersAtItsNextCheck() throws Exception {
        Scenario.Person dan = Scenario.signUp(port, jdbc, "Dan Later");
        String work = uniqueEmail("dan-work");
        Browser browser = dan.browser();
        UUID item = Earners.importedItem(Earners.importFile(
                browser, "later.json", "application/json", Credentials.json("Later Badge", work, false)));
        assertThat(browser.get("/backpack/items/" + item).body()).contains(NOT_YOURS);

        browser.get("/backpack/account");
        browser.post("/backpack/addresses", Map.of("email", work));
        String link = Mails.link(mailsTo(work, m -> Mails.subject(m).contains("Confirm this address"))
                .get(0));
        assertThat(new Browser(port).get(link).body()).contains("Address confirmed");
        rechecks.recheckDue();
        assertThat(browser.get("/backpack/items/" + item).body()).doesNotContain(NOT_YOURS);

        browser.get("/backpack/account");
        browser.post("/backpack/addresses/remove", Map.of("email", work));
        rechecks.recheckDue();
        assertThat(browser.get("/backpack/items/" + item).body())
                .as("the address is no longer theirs")
                .contains(NOT_YOURS);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static UUID collection(Scenario.Person earner, UUID... items) {
        Browser browser = earner.browser();
        browser.get("/backpack/collections");
        Browser.Page made = browser.post("/backpack/collections", Map.of("name", "Mixed", "description", ""));
        String path = made.uri().getPath();
        for (UUID item : items) {
            browser.post(path + "/items", Map.of("item", item.toString()));
        }
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }
}
