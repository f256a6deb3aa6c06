package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.accounts.LaurelUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Taking everything away: the whole backpack as a ZIP of the original credentials (each exactly as it came in, or as
 * issued here, and beside one endorsed after it was signed the file with its accepted endorsements, {@link
 * EndorsedDownloads}) with an {@code index.json}; a collection as a signed CLR 2.0 credential, whose {@code Laurel-Left-Out}
 * header counts the credentials it could not carry and {@code Laurel-Not-Issued-To-Earner} those of them left out
 * because they do not name the earner.
 */
@RestController
class ExportController {

    private final Backpack backpack;
    private final Items items;
    private final BadgeCollections collections;
    private final ClrCollection clr;
    private final ItemLinks links;
    private final java.util.Optional<EndorsedDownloads> endorsed;
    private final Clock clock;

    ExportController(
            Backpack backpack,
            Items items,
            BadgeCollections collections,
            ClrCollection clr,
            ItemLinks links,
            java.util.Optional<EndorsedDownloads> endorsed,
            Clock clock) {
        this.backpack = backpack;
        this.items = items;
        this.collections = collections;
        this.clr = clr;
        this.links = links;
        this.endorsed = endorsed;
        this.clock = clock;
    }

    @GetMapping("/backpack/export.zip")
    ResponseEntity<byte[]> zip(@AuthenticationPrincipal LaurelUser user) {
        List<Backpack.Entry> entries = backpack.entries(user.accountId());
        ObjectNode index = Json.MAPPER.createObjectNode();
        index.put("exportedAt", clock.instant().toString());
        ArrayNode listed = index.putArray("credentials");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            int n = 0;
            for (Backpack.Entry entry : entries) {
                Originals.Document document = Originals.of(entry, items);
                String file = "credentials/%03d-%s".formatted(++n, document.fileName());
                zip.putNextEntry(new ZipEntry(file));
                zip.write(document.bytes());
                zip.closeEntry();
                Item item = entry.item();
                ObjectNode row = listed.addObject()
                        .put("file", file)
                        .put("name", item.facts().name())
                        .put("issuer", item.facts().issuerName())
                        .put(
                                "issuedAt",
                                item.facts().issuedAt() == null
                                        ? null
                                        : item.facts().issuedAt().toString())
                        .put(
                                "validUntil",
                                item.facts().validUntil() == null
                                        ? null
                                        : item.facts().validUntil().toString())
                        .put("status", entry.standing().key())
                        .put("imported", item.imported())
                        .put("issuedToEarner", item.issuedToEarner())
                        .put("source", item.source())
                        .put("format", item.format())
                        .put("mediaType", document.mediaType())
                        .put("sha256", Imports.digest(document.bytes()))
                        .put("visibility", item.visibility().key());
                if (item.visibility() != Visibility.PRIVATE) {
                    row.put("publicUrl", links.page(item));
                }
                if (!item.imported()) {
                    var withEndorsements = endorsed.flatMap(e -> e.of(item.credentialId()));
                    if (withEndorsements.isPresent()) {
                        String bundle = "credentials/%03d-with-endorsements.json".formatted(n);
                        zip.putNextEntry(new ZipEntry(bundle));
                        zip.write(withEndorsements.get());
                        zip.closeEntry();
                        row.put("withEndorsements", bundle);
                    }
                }
            }
            zip.putNextEntry(new ZipEntry("index.json"));
            zip.write(Json.writePretty(index).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ItemController.attachment(
                bytes.toByteArray(), MediaType.parseMediaType("application/zip"), "laurel-backpack.zip");
    }

    @GetMapping("/backpack/collections/{id}/clr.json")
    ResponseEntity<byte[]> clr(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user) {
        BadgeCollections.BadgeCollection collection = collections
                .find(id)
                .filter(c -> c.accountId().equals(user.accountId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Backpack.Entry> all = backpack.entries(user.accountId());
        List<Backpack.Entry> members = CollectionController.members(collection, all);
        ClrCollection.Clr signed = clr.of(collection, members, all, user.email());
        ResponseEntity<byte[]> response = ItemController.attachment(
                Json.writePretty(signed.credential()).getBytes(StandardCharsets.UTF_8),
                MediaType.parseMediaType("application/vc+ld+json"),
                Originals.slug(collection.name()) + ".clr.json");
        return ResponseEntity.status(response.getStatusCode())
                .headers(headers -> {
                    headers.addAll(response.getHeaders());
                    headers.add(
                            "Laurel-Left-Out", String.valueOf(signed.leftOut().size()));
                    headers.add(
                            "Laurel-Not-Issued-To-Earner",
                            String.valueOf(signed.notIssuedToEarner().size()));
                })
                .body(response.getBody());
    }
}
