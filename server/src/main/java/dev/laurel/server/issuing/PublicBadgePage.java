package dev.laurel.server.issuing;

import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.model.CredentialJson;
import dev.laurel.server.organizations.Organizations;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A badge's public page at its achievement id {@code /badges/ID}: people get the badge — image, issuer, description,
 * criteria, skills — with what other features offer for it ({@link BadgePageLinks}); machines asking for JSON get the
 * OB 3.0 {@code Achievement} as credentials embed it.
 */
@Controller
class PublicBadgePage {

    private final Badges badges;
    private final Organizations organizations;
    private final CredentialFactory factory;
    private final List<BadgePageLinks> links;

    PublicBadgePage(Badges badges, Organizations organizations, CredentialFactory factory, List<BadgePageLinks> links) {
        this.badges = badges;
        this.organizations = organizations;
        this.factory = factory;
        this.links = links;
    }

    @GetMapping(value = "/badges/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable UUID id, Model model, Locale locale) {
        Badge badge = find(id);
        model.addAttribute("badge", badge);
        model.addAttribute("achievementId", factory.achievement(badge).id());
        model.addAttribute("issuer", organizations.find(badge.organizationId()).orElseThrow());
        model.addAttribute(
                "links",
                links.stream().flatMap(l -> l.links(badge, locale).stream()).toList());
        return "issuing/public-badge";
    }

    @GetMapping(
            value = "/badges/{id}",
            produces = {MediaType.APPLICATION_JSON_VALUE, "application/ld+json"})
    ResponseEntity<String> achievement(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header("Access-Control-Allow-Origin", "*")
                .body(Json.write(CredentialJson.write(factory.achievement(find(id)))));
    }

    private Badge find(UUID id) {
        return badges.find(new BadgeId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
