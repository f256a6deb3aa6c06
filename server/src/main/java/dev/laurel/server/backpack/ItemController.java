package dev.laurel.server.backpack;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import dev.laurel.server.platform.QrCodes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A credential in the earner's backpack: its share links (each click recorded by channel), QR codes, downloads, who
 * sees it, and for an import when it was last verified, with a button to verify it again now.
 */
@Controller
class ItemController {

    /** How long after a check "Check again" shows that check rather than making another. */
    static final Duration CHECK_AGAIN_PAUSE = Duration.ofSeconds(30);

    private final Backpack backpack;
    private final ItemLinks links;
    private final Shares shares;
    private final Items items;
    private final BadgeCollections collections;
    private final ItemFiles files;
    private final Rechecks rechecks;
    private final MessageSource messages;
    private final LifecyclePolicies policies;
    private final Clock clock;

    ItemController(
            Backpack backpack,
            ItemLinks links,
            Shares shares,
            Items items,
            BadgeCollections collections,
            ItemFiles files,
            Rechecks rechecks,
            MessageSource messages,
            LifecyclePolicies policies,
            Clock clock) {
        this.backpack = backpack;
        this.links = links;
        this.shares = shares;
        this.items = items;
        this.collections = collections;
        this.files = files;
        this.rechecks = rechecks;
        this.messages = messages;
        this.policies = policies;
        this.clock = clock;
    }

    @GetMapping("/backpack/items/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        Backpack.Entry entry = entry(user, id);
        model.addAttribute("entry", entry);
        model.addAttribute("item", entry.item());
        model.addAttribute("links", links.share(entry));
        model.addAttribute("shareable", links.shareable(entry));
        model.addAttribute("shares", shares.counts(id));
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("collections", collections.of(user.accountId()));
        Items.Original original = items.original(id).orElse(null);
        model.addAttribute("original", original);
        model.addAttribute("formats", files.offered(entry, original));
        model.addAttribute("renewPath", renewPath(entry.issued()));
        return "backpack/item";
    }

    /**
     * The renewal page of a credential issued here, while its policy lets the earner ask: from the window before its
     * {@code validUntil} on, unless it is renewed already, not active, or only its issuer re-issues it; else null.
     */
    private String renewPath(IssuedCredential issued) {
        if (issued == null
                || issued.validUntil() == null
                || issued.renewedBy() != null
                || issued.recipientForgotten()
                || issued.state() != CredentialState.ACTIVE) {
            return null;
        }
        LifecyclePolicy policy = policies.of(issued.organizationId(), issued.badgeId());
        boolean open =
                !clock.instant().isBefore(issued.validUntil().minus(Duration.ofDays(policy.renewalWindowDays())));
        return open && policy.renewalRule() != LifecyclePolicy.RenewalRule.REISSUE
                ? "/c/" + issued.id() + "/renew"
                : null;
    }

    /** "Check again": verifies an import now, as its import did, and shows what came of it. */
    @PostMapping("/backpack/items/{id}/check")
    String check(
            @PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Locale locale, RedirectAttributes flash) {
        Instant last = entry(user, id).item().check().checkedAt();
        if (last != null && last.isAfter(clock.instant().minus(CHECK_AGAIN_PAUSE))) {
            // Not a way to make Laurel call an issuer's site over and over: the check just made stands.
            flash.addFlashAttribute("flash", messages.getMessage("item.checked.recently", null, locale));
            return "redirect:/backpack/items/" + id;
        }
        Verdict verdict = rechecks.now(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        switch (verdict) {
            case Verdict.Conclusive conclusive
            when conclusive.standing() == Standing.ACTIVE ->
                flash.addFlashAttribute("flash", messages.getMessage("item.checked.active", null, locale));
            case Verdict.Conclusive conclusive ->
                flash.addFlashAttribute(
                        "flashError",
                        messages.getMessage(
                                "item.checked." + conclusive.standing().key(), null, locale));
            case Verdict.Inconclusive inconclusive ->
                flash.addFlashAttribute(
                        "flashError",
                        messages.getMessage(
                                "item.checked.inconclusive", new Object[] {inconclusive.problem()}, locale));
        }
        return "redirect:/backpack/items/" + id;
    }

    /** Removes an imported credential from the backpack; one issued here stays (its earner makes it private). */
    @PostMapping("/backpack/items/{id}/remove")
    String remove(
            @PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Locale locale, RedirectAttributes flash) {
        String name = entry(user, id).item().facts().name();
        if (!backpack.removeImport(user.accountId(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute("flash", messages.getMessage("item.removed", new Object[] {name}, locale));
        return "redirect:/backpack";
    }

    @PostMapping("/backpack/items/{id}/shared")
    @ResponseBody
    ResponseEntity<Void> shared(
            @PathVariable UUID id, @RequestParam String channel, @AuthenticationPrincipal LaurelUser user) {
        ShareChannel chosen = ShareChannel.parse(channel)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown channel"));
        shares.record(entry(user, id), chosen);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/backpack/items/{id}/qr.png")
    ResponseEntity<byte[]> qrPng(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user) {
        Backpack.Entry entry = entry(user, id);
        shares.record(entry, ShareChannel.QR);
        return attachment(QrCodes.png(links.page(entry.item())), MediaType.IMAGE_PNG, "qr-code.png");
    }

    @GetMapping("/backpack/items/{id}/qr.svg")
    ResponseEntity<byte[]> qrSvg(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user) {
        Backpack.Entry entry = entry(user, id);
        shares.record(entry, ShareChannel.QR);
        return attachment(
                QrCodes.svg(links.page(entry.item())), MediaType.parseMediaType("image/svg+xml"), "qr-code.svg");
    }

    /** The credential's own document: an import's original bytes, or the signed document issued here. */
    @GetMapping("/backpack/items/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user) {
        Backpack.Entry entry = entry(user, id);
        Originals.Document document = Originals.of(entry, items);
        return attachment(document.bytes(), MediaType.parseMediaType(document.mediaType()), document.fileName());
    }

    /**
     * The credential as a baked PNG or SVG, its JSON or its JWT, for its earner whoever else may see it (a private
     * credential too).
     */
    @GetMapping("/backpack/items/{id}/download/{format}")
    ResponseEntity<byte[]> download(
            @PathVariable UUID id,
            @PathVariable String format,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale) {
        Backpack.Entry entry = entry(user, id);
        return download(entry, format, files, messages, locale);
    }

    /** The file, or 404 with why it is not offered in that format, in words. */
    static ResponseEntity<byte[]> download(
            Backpack.Entry entry, String format, ItemFiles files, MessageSource messages, Locale locale) {
        ItemFiles.Format chosen =
                ItemFiles.Format.parse(format).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return switch (files.file(entry, chosen)) {
            case ItemFiles.Outcome.File file ->
                attachment(
                        file.document().bytes(),
                        MediaType.parseMediaType(file.document().mediaType()),
                        file.document().fileName());
            case ItemFiles.Outcome.Unavailable unavailable ->
                ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                        .header("X-Content-Type-Options", "nosniff")
                        .body(messages.getMessage(unavailable.reason(), null, locale)
                                .getBytes(StandardCharsets.UTF_8));
        };
    }

    private Backpack.Entry entry(LaurelUser user, UUID id) {
        return backpack.entry(user.accountId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
