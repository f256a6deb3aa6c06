package dev.laurel.server.pathways;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
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
 * A published pathway for machines, open to everyone: at {@code /pathways/ID}, for a client asking for JSON-LD or
 * JSON, its goal as an Open Badges 3.0 Achievement (the page for people answers the same address for HTML); at
 * {@code /pathways/ID/ctdl.json}, its CTDL graph. An unpublished or unknown pathway is 404.
 */
@RestController
class PathwayDocumentController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final PathwayDocuments documents;

    PathwayDocumentController(PathwayDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(
            value = "/pathways/{id}",
            produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> achievement(
            @PathVariable String id, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ObjectNode document = documents.achievement(pathway(id)).orElseThrow(PathwayDocumentController::notFound);
        return answer(document, asksForPlainJson(accept) ? MediaType.APPLICATION_JSON : JSON_LD);
    }

    @GetMapping(value = "/pathways/{id}/ctdl.json", produces = "application/ld+json")
    ResponseEntity<byte[]> ctdl(@PathVariable String id) {
        return answer(documents.ctdl(pathway(id)).orElseThrow(PathwayDocumentController::notFound), JSON_LD);
    }

    private static ResponseEntity<byte[]> answer(ObjectNode document, MediaType type) {
        return ResponseEntity.ok()
                .contentType(new MediaType(type, StandardCharsets.UTF_8))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .body(Json.write(document).getBytes(StandardCharsets.UTF_8));
    }

    /** JSON-LD unless the client names plain JSON and not JSON-LD. */
    private static boolean asksForPlainJson(String accept) {
        if (accept == null) {
            return false;
        }
        boolean json = false;
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (type.getQualityValue() > 0 && JSON_LD.isCompatibleWith(type) && !type.isWildcardSubtype()) {
                return false;
            }
            json |= type.getQualityValue() > 0 && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type);
        }
        return json;
    }

    /** The pathway an address names; an address that names none is 404, like an unknown pathway. */
    private static PathwayId pathway(String id) {
        try {
            return new PathwayId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
