package dev.laurel.server.oauth;

import dev.laurel.server.accounts.LaurelUser;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The consent page: the platform's name, home page and logo from its registration, the scopes it asks for in words,
 * Allow or Deny. Both answer the authorization endpoint, which sends the earner back to the platform.
 */
@Controller
class ConsentController {

    private final RegisteredClientRepository stored;
    private final Scopes scopes;

    ConsentController(AuthorizationServer server, Scopes scopes) {
        this.stored = server.clients(new NoClients());
        this.scopes = scopes;
    }

    /** A scope as the page shows it. */
    record Shown(String value, String message) {}

    @GetMapping(AuthorizationServer.CONSENT_PAGE)
    String consent(
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam("client_id") String clientId,
            @RequestParam(name = "scope", defaultValue = "") String scope,
            @RequestParam("state") String state,
            Model model,
            HttpServletResponse response) {
        RegisteredClient client = stored.findByClientId(clientId);
        if (client == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(scope.split(" ")));
        asked.removeIf(String::isBlank);
        List<Shown> shown = asked.stream()
                .map(value -> scopes.find(value)
                        .map(known -> new Shown(value, known.message()))
                        .orElse(new Shown(value, null)))
                .toList();
        model.addAttribute("client", client);
        model.addAttribute("clientUri", client.getClientSettings().getSetting(RegistrationSettings.CLIENT_URI));
        model.addAttribute("logoUri", client.getClientSettings().getSetting(RegistrationSettings.LOGO_URI));
        model.addAttribute("scopes", shown);
        model.addAttribute("state", state);
        model.addAttribute("user", user);
        // The answer is redirected to the platform: the browser must let this page's forms go there.
        StringBuilder formAction = new StringBuilder("'self'");
        client.getRedirectUris().stream()
                .map(ConsentController::origin)
                .distinct()
                .forEach(origin -> formAction.append(' ').append(origin));
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; "
                        + "frame-ancestors 'none'; form-action " + formAction);
        return "oauth/consent";
    }

    private static String origin(String redirectUri) {
        URI uri = URI.create(redirectUri);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** No API key is a platform an earner consents to. */
    private static final class NoClients implements RegisteredClientRepository {
        @Override
        public void save(RegisteredClient registeredClient) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RegisteredClient findById(String id) {
            return null;
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return null;
        }
    }
}
