package dev.laurel.server.api;

import static dev.laurel.server.api.AchievementsApiTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every URL an achievement or an issue carries is an absolute http(s) IRI, refused by name when it is not. */
class IriFieldsTest extends ServerTest {

    private static final List<String> NOT_IRIS = List.of(
            "https://crit.example/\"><x>",
            "https://crit.example/{a}",
            "https://crit.example/|^",
            "https://crit.example/`x`",
            "https://crit.example/100%zz",
            "https:///no-host");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void refusesACriteriaUrlThatIsNotAnIriNamingTheField() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Iri Institute");
        for (String url : NOT_IRIS) {
            ObjectNode body = ApiCalls.achievement("Criteria");
            body.putObject("criteria").put("url", url);
            ApiCalls.Answer refused = api.post("/api/v1/achievements", body);
            assertThat(refused.status())
                    .as(() -> url + " answered " + refused
                            + (refused.status() == 201
                                    ? ", then issuing answered "
                                            + api.post(
                                                    "/api/v1/achievements/"
                                                            + refused.json()
                                                                    .get("id")
                                                                    .asText() + "/issue",
                                                    ApiCalls.issue("Ada", uniqueEmail("ada")))
                                    : ""))
                    .isEqualTo(400);
            assertThat(refused.code()).isEqualTo("api.validation");
            assertThat(fields(refused)).as(url).containsExactly("criteria.url");
        }
    }

    @Test
    void refusesAnAlignmentUrlThatIsNotAnIri() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Aligned Iri Institute");
        ObjectNode body = ApiCalls.achievement("Aligned");
        body.withArray("alignments").addObject().put("name", "Teamwork").put("url", "https://esco.example/{a}");
        ApiCalls.Answer refused = api.post("/api/v1/achievements", body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).contains("alignments[1].url");
    }

    @Test
    void acceptsAnIriWithUnicodeLettersAndIssuesItsBadge() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Unicode Iri Institute");
        ObjectNode body = ApiCalls.achievement("Kriterien");
        body.putObject("criteria").put("url", "https://bücher.example/kriterien/größe?q=%C3%A9#teil");
        ApiCalls.Answer created = api.post("/api/v1/achievements", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asText());
        api.issue(id, "Ada Lovelace", uniqueEmail("ada"));
    }

    @Test
    void refusesAnEvidenceUrlThatIsNotAnIriNamingTheField() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Evidence Iri Institute");
        UUID id = api.createAchievement("Evidenced");
        for (String url : NOT_IRIS) {
            ObjectNode body = ApiCalls.issue("Ada Lovelace", uniqueEmail("ada"));
            body.putArray("evidence").add("https://example.edu/projects/42").add(url);
            ApiCalls.Answer refused = api.post("/api/v1/achievements/" + id + "/issue", body);
            assertThat(refused.status()).as(url + " answered " + refused).isEqualTo(400);
            assertThat(fields(refused)).as(url).containsExactly("evidence[1]");
        }
    }
}
