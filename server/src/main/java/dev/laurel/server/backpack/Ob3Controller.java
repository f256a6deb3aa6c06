package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.server.oauth.EarnerAccess;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.signing.ProofFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 1EdTech OB 3.0 API as Host, for the earner whose access token it is: {@code getCredentials} (the OB 3.0
 * credentials in their backpack, issued here or imported, paged with {@code limit}/{@code offset}, {@code
 * X-Total-Count} and {@code Link}), {@code upsertCredential} (JSON or a compact JWT, verified and kept as an import is;
 * the same credential {@code id} again answers 200 and replaces an import, a new one 201), {@code getProfile} and
 * {@code putProfile}.
 */
@RestController
class Ob3Controller {

    private static final String CREDENTIALS = Ob3DiscoveryController.BASE + "/credentials";
    private static final String PROFILE = Ob3DiscoveryController.BASE + "/profile";

    /**
     * A credential held, as the API gives it.
     *
     * @param text the JSON document or the compact JWT
     * @param jwt whether it is a VC-JWT
     * @param credential the credential it carries
     * @param itemId its backpack item
     * @param imported whether it was imported (else issued here)
     */
    record Held(String text, boolean jwt, JsonNode credential, UUID itemId, boolean imported, Instant issuedAt) {}

    private final Backpack backpack;
    private final Items items;
    private final Imports imports;
    private final Profiles profiles;
    private final LaurelSettings settings;

    Ob3Controller(Backpack backpack, Items items, Imports imports, Profiles profiles, LaurelSettings settings) {
        this.backpack = backpack;
        this.items = items;
        this.imports = imports;
        this.profiles = profiles;
        this.settings = settings;
    }

    @GetMapping(path = CREDENTIALS, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> credentials(
            @AuthenticationPrincipal EarnerAccess access,
            @RequestParam(name = "limit", required = false) String limitParameter,
            @RequestParam(name = "offset", required = false) String offsetParameter,
            @RequestParam(name = "since", required = false) String sinceParameter) {
        require(access, Ob3Scopes.CREDENTIAL_READ);
        Integer limit = limitParameter == null ? null : number("limit", limitParameter, 1);
        int offset = offsetParameter == null ? 0 : number("offset", offsetParameter, 0);
        Instant since = sinceParameter == null ? null : instant(sinceParameter);
        List<Held> all = held(access.accountId()).stream()
                .filter(held -> since == null
                        || (held.issuedAt() != null && held.issuedAt().isAfter(since)))
                .toList();
        int total = all.size();
        int end = limit == null ? total : (int) Math.min(total, (long) offset + limit);
        List<Held> page = offset >= total ? List.of() : all.subList(offset, end);
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode json = body.putArray("credential");
        ArrayNode jwts = body.putArray("compactJwsString");
        for (Held held : page) {
            if (held.jwt()) {
                jwts.add(held.text());
            } else {
                json.add(held.credential());
            }
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().header("X-Total-Count", String.valueOf(total));
        if (limit != null) {
            response.header(HttpHeaders.LINK, links(limit, offset, total));
        }
        return response.contentType(MediaType.APPLICATION_JSON).body(Json.write(body));
    }

    @PostMapping(
            path = CREDENTIALS,
            consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<String> upsert(
            @AuthenticationPrincipal EarnerAccess access,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
            @RequestBody byte[] body) {
        require(access, Ob3Scopes.CREDENTIAL_UPSERT);
        String text = new String(body, StandardCharsets.UTF_8).strip();
        boolean jwt = MediaType.TEXT_PLAIN.isCompatibleWith(type);
        JsonNode credential = read(text, jwt);
        String id = credential.path("id").asText("");
        Optional<Held> existing = id.isEmpty()
                ? Optional.empty()
                : held(access.accountId()).stream()
                        .filter(held -> id.equals(held.credential().path("id").asText()))
                        .findFirst();
        if (existing.isPresent()
                && (!existing.get().imported() || existing.get().text().equals(text))) {
            return answer(HttpStatus.OK, existing.get().text(), existing.get().jwt());
        }
        Imports.Outcome outcome = imports.file(
                access.accountId(), "OB 3.0 API (" + access.clientId() + ")", text.getBytes(StandardCharsets.UTF_8));
        return switch (outcome) {
            case Imports.Outcome.Imported imported -> {
                existing.ifPresent(replaced -> backpack.removeImport(access.accountId(), replaced.itemId()));
                yield answer(existing.isPresent() ? HttpStatus.OK : HttpStatus.CREATED, text, jwt);
            }
            case Imports.Outcome.Refused refused
            when refused.problem() == ImportProblem.ALREADY_KEPT -> answer(HttpStatus.OK, text, jwt);
            case Imports.Outcome.Refused refused ->
                throw Imsx.invalidData(
                        refused.problem().code() + (refused.detail() == null ? "" : ": " + refused.detail()));
        };
    }

    @GetMapping(path = PROFILE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> profile(@AuthenticationPrincipal EarnerAccess access) {
        require(access, Ob3Scopes.PROFILE_READ);
        Profiles.Profile profile =
                profiles.of(access.accountId()).orElseThrow(() -> Imsx.notFound("the earner has no profile yet"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(json(profile)));
    }

    @PutMapping(
            path = PROFILE,
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> putProfile(@AuthenticationPrincipal EarnerAccess access, @RequestBody byte[] body) {
        require(access, Ob3Scopes.PROFILE_UPDATE);
        JsonNode given = read(new String(body, StandardCharsets.UTF_8).strip(), false);
        String name = given.path("name").asText("").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw Imsx.invalidData("a Profile needs a name of at most 200 characters");
        }
        String description = given.path("description").isTextual()
                ? given.path("description").asText().strip()
                : null;
        if (description != null && description.length() > 2000) {
            throw Imsx.invalidData("the description is longer than 2000 characters");
        }
        Profiles.Profile current = profiles.of(access.accountId())
                .orElse(new Profiles.Profile(
                        access.accountId(),
                        "earner-" + UUID.randomUUID().toString().substring(0, 8),
                        name,
                        null,
                        false));
        Profiles.Profile saved =
                new Profiles.Profile(current.accountId(), current.handle(), name, description, current.published());
        profiles.save(saved);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(json(saved)));
    }

    @ExceptionHandler(Imsx.class)
    ResponseEntity<String> refused(Imsx refusal) {
        return refusal.answer();
    }

    /** The OB 3.0 credentials in the backpack, newest first; Open Badges 2.0 imports are not OB 3.0 credentials. */
    private List<Held> held(UUID accountId) {
        List<Held> held = new ArrayList<>();
        for (Backpack.Entry entry : backpack.entries(accountId)) {
            String text;
            boolean jwt;
            if (entry.issued() != null) {
                text = entry.issued().document();
                jwt = entry.issued().format() == ProofFormat.VC_JWT;
            } else {
                Optional<Items.Original> original = items.original(entry.item().id());
                if (original.isEmpty()) {
                    continue;
                }
                text = original.get().text();
                jwt = DecodedJwt.looksLikeJwt(text);
            }
            JsonNode credential;
            try {
                credential = jwt ? DecodedJwt.parse(text).credential() : Json.parse(text);
            } catch (RuntimeException unreadable) {
                continue;
            }
            if (openBadges3(credential)) {
                held.add(new Held(
                        text,
                        jwt,
                        credential,
                        entry.item().id(),
                        entry.item().imported(),
                        entry.item().facts().issuedAt()));
            }
        }
        return held;
    }

    private static boolean openBadges3(JsonNode credential) {
        JsonNode type = credential.path("type");
        for (JsonNode each : type.isArray() ? type : List.of(type)) {
            String value = each.asText();
            if (value.equals("OpenBadgeCredential") || value.equals("AchievementCredential")) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode json(Profiles.Profile profile) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.putArray("@context")
                .add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        json.put("id", settings.url("/u/" + profile.handle()));
        json.putArray("type").add("Profile");
        json.put("name", profile.displayName());
        if (profile.bio() != null) {
            json.put("description", profile.bio());
        }
        return json;
    }

    private String links(int limit, int offset, int total) {
        List<String> links = new ArrayList<>();
        int last = total == 0 ? 0 : ((total - 1) / limit) * limit;
        if (offset + limit < total) {
            links.add(link(limit, offset + limit, "next"));
        }
        links.add(link(limit, last, "last"));
        links.add(link(limit, 0, "first"));
        if (offset > 0) {
            links.add(link(limit, Math.max(0, offset - limit), "prev"));
        }
        return String.join(", ", links);
    }

    private String link(int limit, int offset, String relation) {
        return "<" + settings.url(CREDENTIALS) + "?limit=" + limit + "&offset=" + offset + ">; rel=\"" + relation
                + "\"";
    }

    private static ResponseEntity<String> answer(HttpStatus status, String text, boolean jwt) {
        return ResponseEntity.status(status)
                .contentType(jwt ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON)
                .body(text);
    }

    private static JsonNode read(String text, boolean jwt) {
        try {
            if (jwt) {
                if (!DecodedJwt.looksLikeJwt(text)) {
                    throw Imsx.invalidData("a text/plain body must be a compact JWS");
                }
                return DecodedJwt.parse(text).credential();
            }
            JsonNode json = Json.parse(text);
            if (!json.isObject()) {
                throw Imsx.invalidData("the body must be a JSON object");
            }
            return json;
        } catch (Imsx refusal) {
            throw refusal;
        } catch (RuntimeException unreadable) {
            throw Imsx.invalidData("the body cannot be read: " + unreadable.getMessage());
        }
    }

    private static void require(EarnerAccess access, String scope) {
        if (access == null) {
            throw Imsx.unauthorized("send an access token the earner granted");
        }
        if (!access.granted(scope)) {
            throw Imsx.forbidden("the access token was not granted the scope " + scope);
        }
    }

    private static int number(String name, String value, int minimum) {
        try {
            int number = Integer.parseInt(value);
            if (number >= minimum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Imsx.invalidQuery(name + " must be an integer of at least " + minimum);
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw Imsx.invalidQuery("since must be an ISO 8601 date and time");
            }
        }
    }
}
