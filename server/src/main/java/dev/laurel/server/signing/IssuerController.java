package dev.laurel.server.signing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * What verifiers fetch about an issuer, at stable URLs: its DID document ({@code /issuers/ID/did.json}, the did:web
 * resolution of {@code did:web:HOST:issuers:ID}), its Open Badges 3.0 Profile ({@code /issuers/ID} as JSON), its
 * public page ({@code /issuers/ID} as HTML) and its logo.
 */
@Controller
class IssuerController {

    private static final MediaType DID_JSON = MediaType.parseMediaType("application/did+json");

    private final Organizations organizations;
    private final IssuerKeys issuers;
    private final LaurelSettings settings;
    private final PlatformKey platform;

    IssuerController(Organizations organizations, IssuerKeys issuers, LaurelSettings settings, PlatformKey platform) {
        this.platform = platform;
        this.organizations = organizations;
        this.issuers = issuers;
        this.settings = settings;
    }

    /** The platform's DID document: {@code did:web:HOST}, with the key that signs earners' CLR collections. */
    @GetMapping("/.well-known/did.json")
    ResponseEntity<String> platformDidDocument() {
        String did = platform.did();
        ObjectNode document = Json.MAPPER.createObjectNode();
        document.putArray("@context").add("https://www.w3.org/ns/did/v1").add("https://w3id.org/security/multikey/v1");
        document.put("id", did);
        document.putArray("verificationMethod")
                .addObject()
                .put("id", platform.verificationMethod())
                .put("type", "Multikey")
                .put("controller", did)
                .put("publicKeyMultibase", platform.publicKeyMultibase());
        document.putArray("assertionMethod").add(platform.verificationMethod());
        return publicJson(DID_JSON, Json.writePretty(document));
    }

    @GetMapping("/issuers/{id}/did.json")
    ResponseEntity<String> didDocument(@PathVariable UUID id) {
        organization(id);
        String did = issuers.issuerDid(id);
        ObjectNode document = Json.MAPPER.createObjectNode();
        document.putArray("@context").add("https://www.w3.org/ns/did/v1").add("https://w3id.org/security/multikey/v1");
        document.put("id", did);
        ArrayNode methods = document.putArray("verificationMethod");
        ArrayNode assertion = document.putArray("assertionMethod");
        for (PublishedKey key : issuers.published(id)) {
            String keyId = did + "#" + key.fragment();
            methods.addObject()
                    .put("id", keyId)
                    .put("type", "Multikey")
                    .put("controller", did)
                    .put("publicKeyMultibase", key.publicKeyMultibase());
            assertion.add(keyId);
        }
        return publicJson(DID_JSON, Json.writePretty(document));
    }

    @GetMapping(
            value = "/issuers/{id}",
            produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> profile(@PathVariable UUID id) {
        Organization organization = organization(id);
        ObjectNode profile = Json.MAPPER.createObjectNode();
        profile.putArray("@context")
                .add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        profile.put("id", issuers.issuerDid(id));
        profile.putArray("type").add("Profile");
        profile.put("name", organization.name());
        if (organization.url() != null) {
            profile.put("url", organization.url());
        }
        if (organization.email() != null) {
            profile.put("email", organization.email());
        }
        if (organization.description() != null) {
            profile.put("description", organization.description());
        }
        if (organization.hasImage()) {
            profile.putObject("image")
                    .put("id", settings.url("/issuers/" + id + "/image"))
                    .put("type", "Image");
        }
        return publicJson(MediaType.APPLICATION_JSON, Json.writePretty(profile));
    }

    @GetMapping("/issuers/{id}")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("organization", organization(id));
        model.addAttribute("did", issuers.issuerDid(id));
        return "signing/issuer";
    }

    @GetMapping("/issuers/{id}/image")
    ResponseEntity<byte[]> image(@PathVariable UUID id) {
        return organizations
                .image(new OrganizationId(id))
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.mediaType()))
                        .cacheControl(
                                CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                        .body(image.bytes()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Organization organization(UUID id) {
        return organizations
                .find(new OrganizationId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<String> publicJson(MediaType type, String body) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .header("Access-Control-Allow-Origin", "*")
                .body(body);
    }
}
