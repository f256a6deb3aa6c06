package dev.laurel.server.sharing;

import dev.laurel.credentials.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The credential itself, exactly as issued: at its id ({@code /c/ID}) for clients that ask for JSON or a VC-JWT, and
 * as downloads. A Data Integrity credential is its JSON; a VC-JWT credential is the compact JWT, and its payload's
 * JSON is never served as if it were the credential, because it is not what was signed.
 */
@RestController
class CredentialDocumentController {

    static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

    /** The JSON media types served, in order of preference when the client accepts several equally. */
    static final List<MediaType> JSON_TYPES = List.of(
            MediaType.parseMediaType("application/vc+ld+json"),
            MediaType.parseMediaType("application/ld+json"),
            MediaType.APPLICATION_JSON);

    private final SharedCredentials credentials;

    CredentialDocumentController(SharedCredentials credentials) {
        this.credentials = credentials;
    }

    @GetMapping(
            value = "/c/{id}",
            produces = {"application/vc+ld+json", "application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> json(
            @PathVariable String id, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        SharedCredential shared = find(id);
        if (shared.jwt()) {
            return notAcceptable(
                    shared,
                    "This credential is a VC-JWT: ask for application/vc+jwt, or download " + shared.url()
                            + "/credential.jwt");
        }
        return document(shared, negotiated(accept, JSON_TYPES), null);
    }

    @GetMapping(value = "/c/{id}", produces = "application/vc+jwt")
    ResponseEntity<byte[]> jwt(@PathVariable String id) {
        SharedCredential shared = find(id);
        if (!shared.jwt()) {
            return notAcceptable(
                    shared,
                    "This credential is JSON with an embedded proof: ask for " + "application/vc+ld+json, or download "
                            + shared.url() + "/credential.json");
        }
        return document(shared, VC_JWT, null);
    }

    @GetMapping("/c/{id}/credential.json")
    ResponseEntity<byte[]> downloadJson(@PathVariable String id) {
        SharedCredential shared = find(id);
        if (shared.jwt()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return document(shared, MediaType.APPLICATION_JSON, Downloads.fileName(shared, "json"));
    }

    @GetMapping("/c/{id}/credential.jwt")
    ResponseEntity<byte[]> downloadJwt(@PathVariable String id) {
        SharedCredential shared = find(id);
        if (!shared.jwt()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return document(shared, VC_JWT, Downloads.fileName(shared, "jwt"));
    }

    private static ResponseEntity<byte[]> document(SharedCredential shared, MediaType type, String attachment) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(type.getSubtype().endsWith("json") ? new MediaType(type, StandardCharsets.UTF_8) : type)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
        if (attachment != null) {
            response.header(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(attachment).build().toString());
        }
        return response.body(shared.document().getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> notAcceptable(SharedCredential shared, String detail) {
        var problem = Json.MAPPER
                .createObjectNode()
                .put("type", "about:blank")
                .put("title", "Not Acceptable")
                .put("status", 406)
                .put("detail", detail)
                .put("instance", shared.url());
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(Json.write(problem).getBytes(StandardCharsets.UTF_8));
    }

    /** The first offered type the Accept header asks for, by quality then order; the first offered when none is named. */
    static MediaType negotiated(String accept, List<MediaType> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<MediaType> accepted;
        try {
            accepted = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (IllegalArgumentException e) {
            return offered.get(0);
        }
        accepted.sort(
                java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType wanted : accepted) {
            if (wanted.getQualityValue() == 0 || wanted.isWildcardType() || wanted.isWildcardSubtype()) {
                continue;
            }
            for (MediaType type : offered) {
                if (wanted.includes(type)) {
                    return type;
                }
            }
        }
        return offered.get(0);
    }

    private SharedCredential find(String id) {
        return credentials.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
