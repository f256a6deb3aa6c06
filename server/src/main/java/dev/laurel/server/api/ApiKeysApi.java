package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.ApiKey;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organization's API keys, for keys with the admin scope: list, create (the secret shown once), revoke. */
@RestController
@RequestMapping(path = "/api/v1/api-keys", produces = "application/json")
@Tag(name = "API keys", description = "The key's organization's API keys. Scope: admin.")
@SecurityRequirement(name = ApiDocs.BEARER)
class ApiKeysApi {

    private final ApiKeys keys;
    private final RequestChecks checks;

    ApiKeysApi(ApiKeys keys, RequestChecks checks) {
        this.keys = keys;
        this.checks = checks;
    }

    /** A key to make. */
    @Schema(name = "ApiKeyRequest")
    record KeyRequest(
            @Schema(example = "Moodle") @NotBlank @Size(max = 100)
            String name,

            @ArraySchema(
                    schema = @Schema(allowableValues = {"read", "issue", "revoke", "admin"}),
                    arraySchema = @Schema(example = "[\"read\", \"issue\"]"))
            @NotEmpty
            List<@NotBlank String> scopes) {}

    /** A key as listed: never its secret. */
    @Schema(name = "ApiKey")
    record KeyResource(
            UUID id,
            @Schema(example = "Moodle") String name,

            @Schema(description = "The key's public first part, to recognize it.", example = "lrl_Ab3dEf9h")
            String prefix,

            @Schema(example = "[\"issue\", \"read\"]") List<String> scopes,
            Instant createdAt,

            @Schema(description = "When it last authenticated a request (to the minute); null if never.")
            Instant lastUsedAt,

            @Schema(description = "When it was revoked; null while it works.")
            Instant revokedAt) {

        static KeyResource of(ApiKey key) {
            return new KeyResource(
                    key.id(),
                    key.name(),
                    key.prefix(),
                    ApiKeysApi.scopes(key.scopes()),
                    key.createdAt(),
                    key.lastUsedAt(),
                    key.revokedAt());
        }
    }

    /** A new key with its secret: shown this once, never again. */
    @Schema(name = "CreatedApiKey")
    record CreatedKey(
            UUID id,
            String name,
            String prefix,
            List<String> scopes,

            @Schema(description = "The key itself, to send as 'Authorization: Bearer SECRET'. Shown only now.")
            String secret) {}

    /** The organization's keys, newest first. */
    @Schema(name = "ApiKeyList")
    record Listing(List<KeyResource> items) {}

    @GetMapping
    @Operation(summary = "List the API keys", description = "Scope: admin. Newest first, revoked ones included.")
    Listing list(@AuthenticationPrincipal ApiClient client) {
        client.require(Scope.ADMIN);
        return new Listing(
                keys.of(client.organizationId()).stream().map(KeyResource::of).toList());
    }

    @PostMapping
    @Operation(summary = "Create an API key", description = "Scope: admin. The response holds the secret, once.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    ResponseEntity<CreatedKey> create(@AuthenticationPrincipal ApiClient client, @RequestBody KeyRequest request) {
        client.require(Scope.ADMIN);
        checks.check(request);
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        List<ApiError.Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.scopes().size(); i++) {
            try {
                scopes.add(Scope.parse(request.scopes().get(i)));
            } catch (IllegalArgumentException e) {
                violations.add(
                        new ApiError.Violation("scopes[" + i + "]", "must be one of read, issue, revoke, admin"));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiError.invalid(violations);
        }
        ApiKeys.Created created =
                keys.create(client.organizationId(), request.name().strip(), scopes, client.actor());
        ApiKey key = created.key();
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + key.id()))
                .header("Cache-Control", "no-store")
                .body(new CreatedKey(key.id(), key.name(), key.prefix(), scopes(key.scopes()), created.secret()));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Revoke an API key",
            description = "Scope: admin. The key stops working at once; it stays listed as revoked.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    ResponseEntity<Void> revoke(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The API key's id") @PathVariable UUID id) {
        client.require(Scope.ADMIN);
        if (!keys.revoke(client.organizationId(), id, client.actor())) {
            throw ApiError.notFound("API key");
        }
        return ResponseEntity.noContent().build();
    }

    static List<String> scopes(Set<Scope> scopes) {
        return scopes.stream().map(Scope::key).sorted().toList();
    }
}
