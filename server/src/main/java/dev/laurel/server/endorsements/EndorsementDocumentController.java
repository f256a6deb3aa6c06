package dev.laurel.server.endorsements;

import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * What anyone may fetch: each endorsement at its id ({@code /endorsements/ID}, withdrawn ones too — their status says
 * so), and the endorsements' status lists ({@code no-cache} with an ETag, so a withdrawal is seen at once).
 */
@RestController
class EndorsementDocumentController {

    private static final MediaType VC = MediaType.parseMediaType("application/vc+ld+json");

    private final Endorsements endorsements;
    private final EndorsementStatusLists lists;

    EndorsementDocumentController(Endorsements endorsements, EndorsementStatusLists lists) {
        this.endorsements = endorsements;
        this.lists = lists;
    }

    @GetMapping("/endorsements/{id}")
    ResponseEntity<String> endorsement(@PathVariable UUID id) {
        GivenEndorsement given = endorsements
                .find(new EndorsementId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(VC)
                .header("Access-Control-Allow-Origin", "*")
                .body(given.credentialJson());
    }

    @GetMapping("/endorsements/status/{id}")
    ResponseEntity<String> statusList(@PathVariable UUID id, WebRequest request) {
        EndorsementStatusLists.SignedList list =
                lists.list(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String etag = "\"" + id + "-" + list.version() + "\"";
        if (request.checkNotModified(etag, list.updatedAt().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(VC)
                .cacheControl(CacheControl.noCache().cachePublic())
                .header("Access-Control-Allow-Origin", "*")
                .body(list.json());
    }
}
