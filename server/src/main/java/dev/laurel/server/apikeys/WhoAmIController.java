package dev.laurel.server.apikeys;

import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: which organization and scopes the presented key has — the first call an integration makes. */
@RestController
class WhoAmIController {

    @GetMapping("/api/v1/me")
    Map<String, Object> me(@AuthenticationPrincipal ApiClient client) {
        return Map.of(
                "organizationId", client.organizationId().toString(),
                "keyId", client.keyId().toString(),
                "keyName", client.name(),
                "scopes", client.scopes().stream().map(Scope::key).sorted().toList());
    }
}
