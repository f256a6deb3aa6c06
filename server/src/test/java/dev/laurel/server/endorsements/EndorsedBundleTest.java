package dev.laurel.server.endorsements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.cli.Laurel;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.EndorsementOutcome;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * An endorsed-credential bundle — an unsigned presentation carrying a credential and endorsements of it made after it
 * was signed — verifies as the credential alone does, with each endorsement reported verified, withdrawn once its
 * endorser withdraws it, or failed when it endorses something else; by the server's verifier and by {@code laurel
 * verify}.
 */
class EndorsedBundleTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Verifier verifier;

    @Autowired
    Endorsements endorsements;

    @TempDir
    Path work;

    @Test
    void reportsEachEndorsementOfABundleByEndorserAndDate() throws Exception {
        ApiCalls college = ApiCalls.organization(port, jdbc, keys, "Riverside College");
        UUID badge = college.createAchievement("Applied Statistics");
        JsonNode credential = Json.parse(download(college.issue(badge, "Noor Haddad", uniqueEmail("noor"))));
        String id = credential.get("id").asText();
        GivenEndorsement manager = endorsements.give(
                new Endorser.VerifiedEmail("Maria Jansen", uniqueEmail("maria"), "Line manager", "Acme Works"),
                new Endorsed.Credential(id),
                "Uses it every week.");
        GivenEndorsement elsewhere = endorsements.give(
                new Endorser.VerifiedEmail("Sam Lee", uniqueEmail("sam"), null, null),
                new Endorsed.Credential("http://localhost:" + port + "/c/" + UUID.randomUUID()),
                "Another credential.");
        ObjectNode bundle = bundle(credential, manager);

        VerificationReport report = verifier.verify(bundle);
        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(report.credential().orElseThrow()).isEqualTo(credential);
        assertThat(report.endorsements()).singleElement().satisfies(outcome -> {
            assertThat(outcome.endorser()).isEqualTo("Maria Jansen");
            assertThat(outcome.date()).isNotNull();
            assertThat(outcome.status()).isEqualTo(EndorsementOutcome.Status.VERIFIED);
        });
        assertThat(report.check(CheckId.ENDORSEMENTS).orElseThrow().status()).isEqualTo("passed");

        VerificationReport mixed = verifier.verify(bundle(credential, manager, elsewhere));
        assertThat(mixed.verified()).isTrue();
        assertThat(mixed.endorsements())
                .extracting(EndorsementOutcome::status)
                .containsExactly(EndorsementOutcome.Status.VERIFIED, EndorsementOutcome.Status.FAILED);
        assertThat(mixed.check(CheckId.ENDORSEMENTS).orElseThrow().reasons())
                .containsExactly(Reason.ENDORSEMENTS_INVALID);

        endorsements.withdraw(manager.id());
        JsonNode cli = laurelVerify(bundle);
        assertThat(cli.get("verified").asBoolean()).as(cli.toString()).isTrue();
        assertThat(cli.get("endorsements").get(0).get("endorser").asText()).isEqualTo("Maria Jansen");
        assertThat(cli.get("endorsements").get(0).get("status").asText()).isEqualTo("withdrawn");
        assertThat(verifier.verify(bundle)
                        .check(CheckId.ENDORSEMENTS)
                        .orElseThrow()
                        .reasons())
                .containsExactly(Reason.ENDORSEMENTS_WITHDRAWN);
    }

    private static ObjectNode bundle(JsonNode credential, GivenEndorsement... given) {
        ObjectNode bundle = Json.MAPPER.createObjectNode();
        bundle.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        bundle.putArray("type").add("VerifiablePresentation");
        var carried = bundle.putArray("verifiableCredential");
        carried.add(credential);
        for (GivenEndorsement endorsement : given) {
            carried.add(Json.parse(endorsement.credentialJson()));
        }
        return bundle;
    }

    private String download(UUID credential) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/c/" + credential + "/credential.json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private JsonNode laurelVerify(JsonNode document) throws Exception {
        Path file = Files.writeString(work.resolve("endorsed.json"), Json.write(document));
        StringWriter out = new StringWriter();
        new CommandLine(new Laurel())
                .setOut(new PrintWriter(out, true))
                .execute("verify", "--dev", "--json", file.toString());
        return Json.parse(out.toString());
    }
}
