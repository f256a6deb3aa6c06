package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.jsonld.JsonLdToRdf;
import dev.laurel.credentials.rdf.Quad;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published pathway's documents for machines: its goal as an Open Badges 3.0 Achievement and its CTDL graph, each
 * checked against the specification's own definitions, without the network.
 */
class PathwayDocumentsTest extends ServerTest {

    private static final String EXTERNAL = "https://other.example/achievements/7";
    private static final String SKILL_URL = "https://esco.example/skills/teamwork";

    /** One organization with a three-level pathway of every kind of step, made once for the class's tests. */
    private static Fixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pathways pathways;

    record Fixture(
            Scenario.Issuer issuer,
            Actor actor,
            UUID goal,
            UUID silver,
            UUID bronze,
            UUID first,
            UUID second,
            UUID third,
            Pathway published,
            Pathway draft) {}

    @BeforeEach
    void pathway() {
        if (fixture != null) {
            return;
        }
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Pathway Institute");
        UUID goal = Scenario.badge(issuer, "Gold Analyst", "di");
        UUID silver = Scenario.badge(issuer, "Silver Analyst", "di");
        UUID bronze = Scenario.badge(issuer, "Bronze Analyst", "di");
        UUID first = Scenario.badge(issuer, "Spreadsheets", "di");
        UUID second = Scenario.badge(issuer, "Statistics", "di");
        UUID third = Scenario.badge(issuer, "Charts", "di");
        UUID account = jdbc.sql("select id from accounts where email = :email")
                .param("email", issuer.owner().email())
                .query(UUID.class)
                .single();
        Actor actor = new Actor.Account(account);
        OrganizationId organization = new OrganizationId(issuer.organizationId());
        String steps = """
                {"id": "root", "all": [
                  {"id": "silver", "title": "Silver level", "atLeast": 2, "ordered": true, "withinMonths": 12,
                   "minCredits": 3, "milestone": "%s", "of": [
                    {"id": "sheets", "achievement": "%s"},
                    {"id": "stats", "achievement": "%s"},
                    {"id": "bronze", "any": [
                      {"id": "charts", "achievement": "%s"},
                      {"id": "teamwork", "skill": "%s"},
                      {"id": "code", "skill": "S1.8"},
                      {"id": "unknown", "skill": "DA-42"}
                    ], "milestone": "%s"}
                  ]},
                  {"id": "external", "externalAchievement": "%s"},
                  {"id": "literacy", "issuer": "did:web:other.example", "name": "Data Literacy"}
                ]}""".formatted(silver, first, second, third, SKILL_URL, bronze, EXTERNAL);
        PathwayDraft draft = new PathwayDraft(
                "Data Analyst",
                "From spreadsheets to insight.",
                new BadgeId(goal),
                StepJson.parse(Json.parse(steps), "/steps"),
                false);
        Pathway created = pathways.create(organization, actor, draft);
        Pathway published = pathways.publish(organization, created.id(), actor, true);
        Pathway unpublished = pathways.create(organization, actor, draft);
        fixture = new Fixture(issuer, actor, goal, silver, bronze, first, second, third, published, unpublished);
    }

    /**
     * The fixture's skill steps name the skill every test badge aligns to: left published, its Bronze level would be
     * awarded to earners of the tests that run after this class.
     */
    @AfterAll
    static void forgetThePathways(@Autowired Pathways pathways) {
        if (fixture == null) {
            return;
        }
        OrganizationId organization = new OrganizationId(fixture.issuer().organizationId());
        try {
            pathways.delete(organization, fixture.published().id(), fixture.actor());
        } catch (dev.laurel.server.platform.Problem awarded) {
            // A credential issued meanwhile by another class's background work earned its Bronze level, and a
            // pathway whose milestones were awarded cannot be deleted: unpublished, it is evaluated no more.
            pathways.publish(organization, fixture.published().id(), fixture.actor(), false);
        }
        pathways.delete(organization, fixture.draft().id(), fixture.actor());
        fixture = null;
    }

    @Test
    void answersTheGoalAchievementAsJsonLdThatValidatesAndExpands() {
        HttpResponse<byte[]> response = get("/pathways/" + fixture.published().id(), "application/ld+json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/ld+json;charset=UTF-8");
        JsonNode achievement = Json.parse(response.body());
        assertThat(achievementSchemaViolations(achievement)).isEmpty();
        List<Quad> quads = JsonLdToRdf.toRdf(achievement);
        assertThat(quads)
                .extracting(quad -> quad.predicate().value())
                .contains(
                        "https://purl.imsglobal.org/spec/vc/ob/vocab.html#related",
                        "https://purl.imsglobal.org/spec/vc/ob/vocab.html#resultDescription",
                        "https://purl.imsglobal.org/spec/vc/ob/vocab.html#targetType");
        assertThat(achievement.get("@context").get(0).asText())
                .isEqualTo("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(achievement.get("id").asText())
                .isEqualTo(pathways.achievementId(new BadgeId(fixture.goal())))
                .isEqualTo(url("/badges/" + fixture.goal()));
        assertThat(achievement.get("name").asText()).isEqualTo("Gold Analyst");
        assertThat(achievement.get("image").get("id").asText()).isEqualTo(url("/badges/" + fixture.goal() + "/image"));
        assertThat(achievement.at("/creator/name").asText()).isEqualTo("Pathway Institute");
        assertThat(achievement.at("/criteria/id").asText())
                .isEqualTo(url("/pathways/" + fixture.published().id()));
        assertThat(achievement.at("/criteria/narrative").asText())
                .contains("Awarded on completing the pathway “Data Analyst”")
                .contains("- All 3 of the following:\n  - Silver level: At least 2 of 3, in order")
                .contains("    - Any one of 4 — awards “Bronze Analyst”:\n      - “Charts” from Pathway Institute\n"
                        + "      - Any badge aligned to Teamwork (ESCO)\n")
                .contains("- “Data Literacy” from did:web:other.example");
    }

    @Test
    void listsTheRequiredAchievementsAsRelatedAndTheSkillsAndIssuerBadgesAsAlignments() {
        JsonNode achievement = Json.parse(get("/pathways/" + fixture.published().id(), "application/ld+json")
                .body());

        assertThat(texts(achievement.get("related"), "id"))
                .containsExactly(
                        url("/badges/" + fixture.silver()),
                        url("/badges/" + fixture.first()),
                        url("/badges/" + fixture.second()),
                        url("/badges/" + fixture.bronze()),
                        url("/badges/" + fixture.third()),
                        EXTERNAL);
        assertThat(achievement.get("related"))
                .allSatisfy(related ->
                        assertThat(related.get("type").get(0).asText()).isEqualTo("Related"));
        List<String> alignments = new ArrayList<>();
        achievement
                .get("alignment")
                .forEach(a -> alignments.add(a.path("targetType").asText("-") + " "
                        + a.get("targetName").asText() + " "
                        + a.get("targetUrl").asText()));
        assertThat(alignments)
                .containsExactly(
                        "- Teamwork https://esco.example/skills/teamwork",
                        "ext:Skill Teamwork " + SKILL_URL,
                        "ext:Skill Teamwork " + SKILL_URL,
                        "ext:Skill DA-42 "
                                + url("/pathways/" + fixture.published().id() + "#unknown"),
                        "ext:IssuerAchievement Data Literacy did:web:other.example");
    }

    @Test
    void describesTheRuleOfEachGroupAsAResult() {
        JsonNode achievement = Json.parse(get("/pathways/" + fixture.published().id(), "application/ld+json")
                .body());
        String page = url("/pathways/" + fixture.published().id());

        JsonNode results = achievement.get("resultDescription");
        assertThat(texts(results, "id")).containsExactly(page + "#root", page + "#silver", page + "#bronze");
        assertThat(texts(results, "name"))
                .containsExactly(
                        "All 3 of the following — awards “Gold Analyst”",
                        "Silver level: At least 2 of 3, in order (each earned no earlier than the one before),"
                                + " earned within the last 12 months, adding up to at least 3 credits"
                                + " — awards “Silver Analyst”",
                        "Any one of 4 — awards “Bronze Analyst”");
        JsonNode silver = results.get(1);
        assertThat(silver.get("resultType").asText()).isEqualTo("Status");
        assertThat(silver.get("requiredValue").asText()).isEqualTo("Completed");
        assertThat(texts(silver.get("alignment"), "targetType"))
                .containsExactly("ext:Achievement", "ext:Achievement", "ext:PathwayStep");
        assertThat(texts(silver.get("alignment"), "targetUrl"))
                .containsExactly(
                        url("/badges/" + fixture.first()), url("/badges/" + fixture.second()), page + "#bronze");
    }

    @Test
    void answersPlainJsonToAClientAskingForJson() {
        HttpResponse<byte[]> response = get("/pathways/" + fixture.published().id(), "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(Json.parse(response.body()).get("type").get(0).asText()).isEqualTo("Achievement");
    }

    @Test
    void exportsCtdlThatTheSchemaDefinitionsAllow() {
        JsonNode graph = ctdl();

        assertThat(CtdlDefinitions.load().violations(graph)).isEmpty();
    }

    @Test
    void exportsCtdlThatExpandsAgainstTheBundledContextWithNothingDropped() throws Exception {
        JsonLdOptions options = new JsonLdOptions(new CtdlContextLoader());
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);

        JsonArray expanded = JsonLd.expand(JsonDocument.of(
                        new ByteArrayInputStream(Json.write(ctdl()).getBytes(StandardCharsets.UTF_8))))
                .options(options)
                .get();

        assertThat(relativeOrMalformed(expanded)).isEmpty();
        AtomicInteger quads = new AtomicInteger();
        JsonLd.toRdf(JsonDocument.of(expanded)).options(options).provide((s, p, o, dt, lang, dir, g) -> {
            quads.incrementAndGet();
            return null;
        });
        assertThat(quads.get()).isGreaterThan(100);
    }

    @Test
    void exportsCtdlInTheShapeOfThePublishedPathwayGraphs() {
        String page = url("/pathways/" + fixture.published().id());
        CtdlGraph ours = new CtdlGraph(ctdl());

        ours.assertPublishedShape();
        ours.assertTree();
        assertThat(ours.pathway().get("@id").asText()).isEqualTo(page);
        assertThat(ours.pathway().get("ceterms:ctid").asText())
                .isEqualTo("ce-" + fixture.published().id());
        JsonNode destination = ours.node(page + "#root");
        assertThat(destination.get("@type").asText()).isEqualTo("ceterms:CredentialComponent");
        assertThat(destination.get("ceterms:sourceData").asText()).isEqualTo(url("/badges/" + fixture.goal()));
        assertThat(ours.types())
                .containsEntry(page + "#silver", "ceterms:CredentialComponent")
                .containsEntry(page + "#bronze", "ceterms:CredentialComponent")
                .containsEntry(page + "#sheets", "ceterms:CredentialComponent")
                .containsEntry(page + "#external", "ceterms:CredentialComponent")
                .containsEntry(page + "#literacy", "ceterms:CredentialComponent")
                .containsEntry(page + "#teamwork", "ceterms:CompetencyComponent")
                .containsEntry(page + "#code", "ceterms:CompetencyComponent")
                .containsEntry(page + "#unknown", "ceterms:CompetencyComponent");
        assertThat(ours.node(page + "#code").at("/ceterms:name/en").asText()).isEqualTo("Teamwork (ESCO)");
        assertThat(ours.node(page + "#code").get("ceterms:sourceData").asText()).isEqualTo(SKILL_URL);
        JsonNode silver = ours.node(page + "#silver");
        JsonNode condition = silver.get("ceterms:hasCondition").get(0);
        assertThat(condition.get("ceterms:requiredNumber").asInt()).isEqualTo(2);
        assertThat(condition.at("/ceterms:description/en").asText()).contains("within the last 12 months");
        JsonNode constraint = condition.get("ceterms:hasConstraint").get(0);
        assertThat(constraint.get("ceterms:leftAction").asText()).isEqualTo("array:Sum");
        assertThat(constraint.get("ceterms:comparator").asText()).isEqualTo("compare:GTEQ");
        assertThat(constraint.at("/ceterms:rightSource/@value").asText()).isEqualTo("3");
        assertThat(ours.node(page + "#sheets").get("ceterms:precedes").asText()).isEqualTo(page + "#stats");
        assertThat(ours.node(page + "#stats").get("ceterms:precedes").asText()).isEqualTo(page + "#bronze");
        assertThat(ours.node(page + "#sheets")
                        .at("/ceterms:pointValue/schema:value")
                        .decimalValue())
                .isEqualByComparingTo("1.5");
        assertThat(silver.has("ceterms:pointValue"))
                .as("a milestone's own credits do not count towards its group")
                .isFalse();
    }

    @Test
    void theDefinitionsCheckFindsWhatTheOlderExamplesGetWrong() throws IOException {
        try (InputStream in =
                getClass().getResourceAsStream("/pathways/ctdl/pathway-comptia-it-networking-specialist.jsonld")) {
            assertThat(CtdlDefinitions.load().violations(Json.parse(in.readAllBytes())))
                    .contains(
                            "ceasn:isPartOf is not a property of the schema",
                            "ceterms:isDestinationComponentFor is not a property of the schema",
                            "ceasn:hasChild is used on [ceterms:Certification], outside its domain");
        }
    }

    @Test
    void thePublishedExamplesHaveTheShapeTheExportIsHeldTo() throws IOException {
        for (String example : List.of(
                "pathway-comptia-it-networking-specialist.jsonld",
                "pathway-unt-french-ba-marketable-skills.registry-sandbox.json")) {
            try (InputStream in = getClass().getResourceAsStream("/pathways/ctdl/" + example)) {
                new CtdlGraph(Json.parse(in.readAllBytes())).assertPublishedShape();
            }
        }
    }

    @Test
    void anUnpublishedOrUnknownPathwayHasNoDocuments() {
        for (String id :
                List.of(fixture.draft().id().toString(), UUID.randomUUID().toString(), "not-a-pathway")) {
            assertThat(get("/pathways/" + id, "application/ld+json").statusCode())
                    .isEqualTo(404);
            assertThat(get("/pathways/" + id + "/ctdl.json", "application/ld+json")
                            .statusCode())
                    .isEqualTo(404);
        }
    }

    private JsonNode ctdl() {
        HttpResponse<byte[]> response = get("/pathways/" + fixture.published().id() + "/ctdl.json", "*/*");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/ld+json;charset=UTF-8");
        return Json.parse(response.body());
    }

    /** Anonymous, as any machine asks. */
    private HttpResponse<byte[]> get(String path, String accept) {
        return new Browser(port)
                .raw(HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Accept", accept)
                        .GET());
    }

    private static String url(String path) {
        return "http://localhost:" + PORT + path;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.path(field).asText()));
        return texts;
    }

    /** The violations of the Open Badges 3.0 JSON Schema's Achievement definition (the bundled 1EdTech schema). */
    private static List<String> achievementSchemaViolations(JsonNode achievement) {
        try (InputStream in = PathwayDocumentsTest.class.getResourceAsStream(
                "/dev/laurel/credentials/schema/ob_v3p0_achievementcredential_schema.json")) {
            ObjectNode credentialSchema = (ObjectNode) Json.parse(in.readAllBytes());
            ObjectNode schema = Json.MAPPER.createObjectNode();
            schema.set("$schema", credentialSchema.get("$schema"));
            schema.put("$ref", "#/$defs/Achievement");
            schema.set("$defs", credentialSchema.get("$defs"));
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                    .getSchema(
                            new ByteArrayInputStream(Json.write(schema).getBytes(StandardCharsets.UTF_8)),
                            InputFormat.JSON)
                    .validate(achievement)
                    .stream()
                    .map(Object::toString)
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every @id and @type that is not an absolute IRI or blank node, and every key that is not an IRI. */
    private static List<String> relativeOrMalformed(JsonValue value) {
        List<String> found = new ArrayList<>();
        walk(value, found);
        return found;
    }

    private static void walk(JsonValue value, List<String> found) {
        if (value instanceof JsonArray array) {
            array.forEach(element -> walk(element, found));
        } else if (value instanceof JsonObject object) {
            boolean literal = object.containsKey("@value");
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String key = entry.getKey();
                if (key.equals("@id") || (key.equals("@type") && !literal)) {
                    references(entry.getValue(), found);
                } else if (!key.startsWith("@")) {
                    if (!absolute(key)) {
                        found.add("property " + key);
                    }
                    walk(entry.getValue(), found);
                } else if (!literal) {
                    walk(entry.getValue(), found);
                }
            }
        }
    }

    private static void references(JsonValue value, List<String> found) {
        if (value instanceof JsonArray array) {
            array.forEach(element -> references(element, found));
        } else if (value instanceof JsonString string && !absolute(string.getString())) {
            found.add("reference " + string.getString());
        }
    }

    private static boolean absolute(String iri) {
        return iri.startsWith("_:") || iri.matches("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*");
    }
}
