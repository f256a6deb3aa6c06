package dev.laurel.server.presentations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Scenario;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.Actor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Open Badges 3.0 credentials issued to a wallet's DID ({@code credentialSubject.id}) through an existing operation,
 * the organization's VC-API issuer instance: with a Data Integrity proof, or as a VC-JWT.
 */
public final class HeldCredentials {

    private final String origin;
    private final String issuePath;
    private final String key;

    public HeldCredentials(int port, JdbcClient jdbc, ApiKeys keys, String organizationName) {
        this.origin = "http://localhost:" + port;
        UUID organization = Scenario.issuer(port, jdbc, organizationName).organizationId();
        this.issuePath = "/vc-api/" + organization + "/credentials/issue";
        this.key = keys.create(organization, "wallet test", EnumSet.of(Scope.ISSUE), new Actor.Operator())
                .secret();
    }

    /** An OpenBadgeCredential about {@code did}, with an embedded eddsa-rdfc-2022 proof. */
    public ObjectNode dataIntegrity(String did) {
        return (ObjectNode) issue("\"id\": \"" + did + "\",", "{}");
    }

    /** An OpenBadgeCredential whose subject is named by an email address only: not bound to any key. */
    public ObjectNode toEmail(String email) {
        return (ObjectNode) issue(
                "\"identifier\": [{\"type\": \"IdentityObject\", \"hashed\": false, \"identityHash\": \"" + email
                        + "\", \"identityType\": \"emailAddress\"}],",
                "{}");
    }

    /** The same, as a compact VC-JWT. */
    public String vcJwt(String did) {
        String id = issue("\"id\": \"" + did + "\",", "{\"mediaType\": \"application/vc+jwt\"}")
                .get("id")
                .asText();
        return id.substring(id.indexOf(',') + 1);
    }

    /** Issues the credential with {@code subject}'s identifying members (ending with a comma) and {@code options}. */
    private JsonNode issue(String subject, String options) {
        String body = """
                {"credential": {
                   "@context": ["https://www.w3.org/ns/credentials/v2",
                                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                   "id": "urn:uuid:%s",
                   "type": ["VerifiableCredential", "OpenBadgeCredential"],
                   "issuer": {"type": ["Profile"], "name": "Wallet Institute"},
                   "validFrom": "2026-01-01T00:00:00Z",
                   "name": "Teamwork",
                   "credentialSubject": {
                     %s
                     "type": ["AchievementSubject"],
                     "achievement": {
                       "id": "https://example.edu/achievements/teamwork",
                       "type": ["Achievement"],
                       "name": "Teamwork",
                       "description": "Works in a team.",
                       "criteria": {"narrative": "Nominated by peers."}
                     }
                   }
                 },
                 "options": %s}
                """.formatted(UUID.randomUUID(), subject, options);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(origin + issuePath))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + key)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new AssertionError("not issued: " + response.statusCode() + " " + response.body());
            }
            return Json.parse(response.body()).get("verifiableCredential");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
