package dev.laurel.server.issuing;

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
 * The signed status list credentials, at stable URLs. Caches may keep a copy but must revalidate it ({@code no-cache}
 * with an ETag), so a revocation is seen at once while unchanged lists cost a 304.
 */
@RestController
class StatusListController {

    private final StatusLists lists;

    StatusListController(StatusLists lists) {
        this.lists = lists;
    }

    @GetMapping("/status/{id}")
    ResponseEntity<String> list(@PathVariable UUID id, WebRequest request) {
        StatusLists.SignedList list =
                lists.signed(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String etag = "\"" + id + "-" + list.version() + "\"";
        if (request.checkNotModified(etag, list.updatedAt().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vc+ld+json"))
                .cacheControl(CacheControl.noCache().cachePublic())
                .header("Access-Control-Allow-Origin", "*")
                .body(list.json());
    }
}
