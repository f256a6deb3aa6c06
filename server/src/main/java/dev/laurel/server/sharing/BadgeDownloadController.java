package dev.laurel.server.sharing;

import dev.laurel.credentials.bake.ImageKind;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The baked badge downloads: {@code /c/ID/badge.png} and {@code /c/ID/badge.svg}. */
@RestController
class BadgeDownloadController {

    private final SharedCredentials credentials;
    private final BakedBadges baked;

    BadgeDownloadController(SharedCredentials credentials, BakedBadges baked) {
        this.credentials = credentials;
        this.baked = baked;
    }

    @GetMapping("/c/{id}/badge.png")
    ResponseEntity<byte[]> png(@PathVariable String id) {
        return download(id, ImageKind.PNG, MediaType.IMAGE_PNG, "png");
    }

    @GetMapping("/c/{id}/badge.svg")
    ResponseEntity<byte[]> svg(@PathVariable String id) {
        return download(id, ImageKind.SVG, MediaType.parseMediaType("image/svg+xml"), "svg");
    }

    private ResponseEntity<byte[]> download(String id, ImageKind kind, MediaType type, String extension) {
        SharedCredential shared =
                credentials.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(Downloads.fileName(shared, extension))
                                .build()
                                .toString())
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox")
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(baked.bake(shared, kind));
    }
}
