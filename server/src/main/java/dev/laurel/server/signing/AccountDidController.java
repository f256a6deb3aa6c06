package dev.laurel.server.signing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A person's DID document, {@code /accounts/ID/did.json}: the did:web resolution of {@code did:web:HOST:accounts:ID},
 * with the key they sign their own endorsements with; 404 until they have one.
 */
@RestController
class AccountDidController {

    private static final MediaType DID_JSON = MediaType.parseMediaType("application/did+json");

    private final AccountKeys keys;

    AccountDidController(AccountKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/accounts/{id}/did.json")
    ResponseEntity<String> didDocument(@PathVariable UUID id) {
        AccountKeys.Published key =
                keys.published(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String did = keys.did(id);
        String keyId = did + "#" + key.fragment();
        ObjectNode document = Json.MAPPER.createObjectNode();
        document.putArray("@context").add("https://www.w3.org/ns/did/v1").add("https://w3id.org/security/multikey/v1");
        document.put("id", did);
        document.putArray("verificationMethod")
                .addObject()
                .put("id", keyId)
                .put("type", "Multikey")
                .put("controller", did)
                .put("publicKeyMultibase", key.publicKeyMultibase());
        document.putArray("assertionMethod").add(keyId);
        return ResponseEntity.ok()
                .contentType(DID_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .header("Access-Control-Allow-Origin", "*")
                .body(Json.writePretty(document));
    }
}
