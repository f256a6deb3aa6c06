package dev.laurel.server.backpack;

import dev.laurel.server.accounts.LaurelUser;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The earner's collections: make one, put items in, order them, share its link, download it as a CLR. */
@Controller
class CollectionController {

    private final BadgeCollections collections;
    private final Backpack backpack;
    private final ItemLinks links;
    private final MessageSource messages;
    private final Clock clock;

    CollectionController(
            BadgeCollections collections, Backpack backpack, ItemLinks links, MessageSource messages, Clock clock) {
        this.collections = collections;
        this.links = links;
        this.backpack = backpack;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/backpack/collections")
    String list(@AuthenticationPrincipal LaurelUser user, Model model) {
        model.addAttribute("collections", collections.of(user.accountId()));
        return "backpack/collections";
    }

    @PostMapping("/backpack/collections")
    String create(
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam String name,
            @RequestParam(required = false) String description,
            Locale locale,
            RedirectAttributes flash) {
        if (name == null || name.isBlank() || name.length() > 200) {
            flash.addFlashAttribute("flashError", messages.getMessage("collections.name.required", null, locale));
            return "redirect:/backpack/collections";
        }
        UUID id = collections.create(
                user.accountId(),
                name.strip(),
                description == null || description.isBlank() ? null : description.strip(),
                clock.instant());
        return "redirect:/backpack/collections/" + id;
    }

    @GetMapping("/backpack/collections/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        BadgeCollections.BadgeCollection collection = owned(id, user);
        List<Backpack.Entry> all = backpack.entries(user.accountId());
        model.addAttribute("collection", collection);
        model.addAttribute("publicLink", links.url("/s/" + collection.id()));
        List<Backpack.Entry> members = members(collection, all);
        model.addAttribute("members", members);
        model.addAttribute(
                "notIssuedToEarner",
                members.stream()
                        .filter(e -> !e.item().carriedAsEarners())
                        .map(e -> e.item().facts().name())
                        .toList());
        model.addAttribute(
                "endorsable",
                members.stream()
                        .filter(e -> e.item().credentialId() != null && e.item().carriedAsEarners())
                        .map(e -> e.item().credentialId())
                        .toList());
        model.addAttribute(
                "candidates",
                all.stream()
                        .filter(e -> !collection.itemIds().contains(e.item().id()))
                        .toList());
        return "backpack/collection";
    }

    @PostMapping("/backpack/collections/{id}/items")
    String add(@PathVariable UUID id, @RequestParam UUID item, @AuthenticationPrincipal LaurelUser user) {
        owned(id, user);
        backpack.entry(user.accountId(), item).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        collections.add(id, item);
        return "redirect:/backpack/collections/" + id;
    }

    @PostMapping("/backpack/collections/{id}/items/{item}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID item, @AuthenticationPrincipal LaurelUser user) {
        owned(id, user);
        collections.remove(id, item);
        return "redirect:/backpack/collections/" + id;
    }

    @PostMapping("/backpack/collections/{id}/items/{item}/move")
    String move(
            @PathVariable UUID id,
            @PathVariable UUID item,
            @RequestParam String direction,
            @AuthenticationPrincipal LaurelUser user) {
        owned(id, user);
        collections.move(id, item, "up".equals(direction) ? -1 : 1);
        return "redirect:/backpack/collections/" + id;
    }

    @PostMapping("/backpack/collections/{id}/delete")
    @Transactional
    String delete(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user) {
        owned(id, user);
        collections.delete(id);
        return "redirect:/backpack/collections";
    }

    /** The collection's items in order, as entries; items since removed from the backpack are left out. */
    static List<Backpack.Entry> members(BadgeCollections.BadgeCollection collection, List<Backpack.Entry> all) {
        return collection.itemIds().stream()
                .flatMap(id -> all.stream().filter(e -> e.item().id().equals(id)))
                .toList();
    }

    private BadgeCollections.BadgeCollection owned(UUID id, LaurelUser user) {
        return collections
                .find(id)
                .filter(c -> c.accountId().equals(user.accountId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
