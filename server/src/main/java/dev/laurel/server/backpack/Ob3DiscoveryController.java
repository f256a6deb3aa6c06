package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.oauth.AuthorizationServer;
import dev.laurel.server.oauth.Scopes;
import dev.laurel.server.platform.LaurelSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OB 3.0 API's Service Description Document ({@code getServiceDescription}): the profiled OpenAPI document naming
 * this Laurel's API base, its authorization, token, refresh and registration URLs ({@code x-imssf-registrationUrl}) and
 * the OB 3.0 scopes. Public.
 */
@RestController
class Ob3DiscoveryController {

    static final String BASE = "/ims/ob/v3p0";

    private final LaurelSettings settings;
    private final Scopes scopes;
    private final String termsUrl;
    private final String privacyUrl;

    Ob3DiscoveryController(
            LaurelSettings settings,
            Scopes scopes,
            @Value("${laurel.ob3.terms-url:}") String termsUrl,
            @Value("${laurel.ob3.privacy-url:}") String privacyUrl) {
        this.settings = settings;
        this.scopes = scopes;
        this.termsUrl = termsUrl.isBlank() ? settings.url("/") : termsUrl;
        this.privacyUrl = privacyUrl.isBlank() ? settings.url("/") : privacyUrl;
    }

    @GetMapping(path = BASE + "/discovery", produces = MediaType.APPLICATION_JSON_VALUE)
    String discovery() {
        ObjectNode document = Json.MAPPER.createObjectNode();
        document.put("openapi", "3.0.1");
        ObjectNode info = document.putObject("info");
        info.put("title", "Laurel — Open Badges 3.0 API");
        info.put("version", "3.0");
        info.put("termsOfService", termsUrl);
        info.put("x-imssf-privacyPolicyUrl", privacyUrl);
        info.put("x-imssf-image", settings.url("/favicon.ico"));
        document.putArray("servers").addObject().put("url", settings.url(BASE));
        ObjectNode scheme =
                document.putObject("components").putObject("securitySchemes").putObject("OAuth2ACG");
        scheme.put("type", "oauth2");
        scheme.put("description", "OAuth 2.0 authorization code grant with PKCE; register dynamically first");
        scheme.put("x-imssf-registrationUrl", settings.url(AuthorizationServer.REGISTRATION));
        ObjectNode flow = scheme.putObject("flows").putObject("authorizationCode");
        flow.put("authorizationUrl", settings.url("/oauth2/authorize"));
        flow.put("tokenUrl", settings.url("/oauth2/token"));
        flow.put("refreshUrl", settings.url("/oauth2/token"));
        ObjectNode offered = flow.putObject("scopes");
        scopes.values().stream()
                .filter(value -> value.startsWith(Ob3Scopes.PREFIX))
                .forEach(value -> offered.put(value, value.substring(Ob3Scopes.PREFIX.length())));
        document.putArray("security").addObject().putArray("OAuth2ACG");
        ObjectNode paths = document.putObject("paths");
        operation(paths, "/credentials", "get", "getCredentials", Ob3Scopes.CREDENTIAL_READ);
        operation(paths, "/credentials", "post", "upsertCredential", Ob3Scopes.CREDENTIAL_UPSERT);
        operation(paths, "/profile", "get", "getProfile", Ob3Scopes.PROFILE_READ);
        operation(paths, "/profile", "put", "putProfile", Ob3Scopes.PROFILE_UPDATE);
        paths.putObject("/discovery").putObject("get").put("operationId", "getServiceDescription");
        return Json.write(document);
    }

    private static void operation(ObjectNode paths, String path, String method, String id, String scope) {
        ObjectNode operation = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        ObjectNode described = operation.putObject(method);
        described.put("operationId", id);
        described.putArray("security").addObject().putArray("OAuth2ACG").add(scope);
    }
}
