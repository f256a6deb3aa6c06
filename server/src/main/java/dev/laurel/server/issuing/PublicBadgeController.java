package dev.laurel.server.issuing;

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

/** Badge images at the stable URLs credentials name them by. */
@RestController
class PublicBadgeController {

    private final Badges badges;

    PublicBadgeController(Badges badges) {
        this.badges = badges;
    }

    @GetMapping("/badges/{id}/image")
    ResponseEntity<byte[]> image(@PathVariable UUID id) {
        Badges.Image image =
                badges.image(new BadgeId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("Access-Control-Allow-Origin", "*")
                .body(image.bytes());
    }
}
