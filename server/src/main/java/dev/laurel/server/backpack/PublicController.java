package dev.laurel.server.backpack;

import dev.laurel.credentials.bake.ImageKind;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * What anyone sees of backpacks: an imported credential's page ({@code /i/ID}, its image and original file), the
 * embeddable card of any kept credential ({@code /embed/ID}), a collection's page ({@code /s/ID}) and a published
 * profile ({@code /u/HANDLE}). Private items are never shown: their pages answer 404.
 */
@Controller
class PublicController {

    private final Backpack backpack;
    private final Items items;
    private final ItemLinks links;
    private final BadgeCollections collections;
    private final Profiles profiles;
    private final ItemFiles files;
    private final MessageSource messages;
    private final Clock clock;

    PublicController(
            Backpack backpack,
            Items items,
            ItemLinks links,
            BadgeCollections collections,
            Profiles profiles,
            ItemFiles files,
            MessageSource messages,
            Clock clock) {
        this.backpack = backpack;
        this.items = items;
        this.links = links;
        this.collections = collections;
        this.profiles = profiles;
        this.files = files;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/i/{id}")
    String imported(@PathVariable UUID id, Model model) {
        Backpack.Entry entry = importedEntry(id);
        Items.Original original = items.original(id).orElseThrow();
        model.addAttribute("entry", entry);
        model.addAttribute("item", entry.item());
        model.addAttribute("page", links.page(entry.item()));
        model.addAttribute("image", links.image(entry));
        model.addAttribute("checks", original.checks());
        model.addAttribute("now", clock.instant());
        model.addAttribute("formats", files.offered(entry, original));
        return "backpack/public-item";
    }

    @GetMapping("/i/{id}/image")
    ResponseEntity<byte[]> image(@PathVariable UUID id) {
        Backpack.Entry entry = importedEntry(id);
        Items.Original original = items.original(id).orElseThrow();
        if (original.kind().equals("png") || original.kind().equals("svg")) {
            return image(original.bytes(), Originals.mediaType(original.kind()));
        }
        String url = entry.item().facts().image();
        Optional<byte[]> inline = ItemFiles.inlineImage(url);
        if (inline.isPresent()) {
            return image(inline.get(), ImageKind.detect(inline.get()) == ImageKind.PNG ? "image/png" : "image/svg+xml");
        }
        String location = url != null && url.startsWith("https://") ? url : "/images/laurel.svg";
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, location)
                .build();
    }

    @GetMapping("/i/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable UUID id) {
        Backpack.Entry entry = importedEntry(id);
        Originals.Document document = Originals.of(entry, items);
        return ItemController.attachment(
                document.bytes(), MediaType.parseMediaType(document.mediaType()), document.fileName());
    }

    /** An imported credential as a baked PNG or SVG, or as its JSON or JWT, for anyone its earner shows it to. */
    @GetMapping("/i/{id}/download/{format}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable String format, Locale locale) {
        return ItemController.download(importedEntry(id), format, files, messages, locale);
    }

    @GetMapping("/embed/{id}")
    String embed(@PathVariable UUID id, Model model) {
        Backpack.Entry entry = backpack.publicEntry(id).orElseThrow(PublicController::notFound);
        model.addAttribute("entry", entry);
        model.addAttribute("item", entry.item());
        model.addAttribute("page", links.page(entry.item()));
        model.addAttribute("image", links.image(entry));
        return "backpack/embed";
    }

    @GetMapping("/s/{id}")
    String collection(@PathVariable UUID id, Model model) {
        BadgeCollections.BadgeCollection collection = collections.find(id).orElseThrow(PublicController::notFound);
        List<Backpack.Entry> shown =
                CollectionController.members(collection, backpack.entries(collection.accountId())).stream()
                        .filter(e -> e.item().visibility() != Visibility.PRIVATE)
                        .toList();
        model.addAttribute("collection", collection);
        model.addAttribute("entries", shown);
        model.addAttribute("baseUrl", links.url(""));
        model.addAttribute(
                "owner",
                profiles.of(collection.accountId())
                        .filter(Profiles.Profile::published)
                        .orElse(null));
        return "backpack/public-collection";
    }

    @GetMapping("/u/{handle}")
    String profile(@PathVariable String handle, Model model) {
        Profiles.Profile profile =
                profiles.byHandle(handle).filter(Profiles.Profile::published).orElseThrow(PublicController::notFound);
        model.addAttribute("profile", profile);
        model.addAttribute("baseUrl", links.url(""));
        model.addAttribute(
                "entries",
                backpack.entries(profile.accountId()).stream()
                        .filter(e -> e.item().visibility() == Visibility.PUBLIC)
                        .toList());
        return "backpack/public-profile";
    }

    private Backpack.Entry importedEntry(UUID id) {
        return backpack.publicEntry(id).filter(e -> e.item().imported()).orElseThrow(PublicController::notFound);
    }

    private static ResponseEntity<byte[]> image(byte[] bytes, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
