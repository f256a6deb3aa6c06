package dev.laurel.credentials.did;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import java.net.URI;
import java.text.ParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an issuer publishes a key: the keys of its DID document (did:key, did:jwk, did:web), or, for an issuer
 * named by an https URL, the JWK Set at {@code https://{authority}/.well-known/jwks.json} (Open Badges 3.0,
 * recommended practices, "Key provenance"). Binds a key carried in a JWT header ({@code jwk}, no {@code kid}) to the
 * issuer. Keys are compared by their RFC 7638 thumbprint. Thread-safe when the fetcher is.
 */
public final class IssuerKeys {

    private static final String JWKS_ACCEPT = "application/jwk-set+json, application/json";

    private final HttpFetcher fetcher;

    public IssuerKeys(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Where the issuer publishes the key, or why the key is not known to be the issuer's. */
    public sealed interface Finding {}

    /** The issuer publishes the key; {@code where} names the document. */
    public record Published(String where) implements Finding {}

    /** The issuer's published keys do not contain the key, or cannot be had; {@code message} says which. */
    public record NotPublished(String message) implements Finding {}

    /** Looks {@code key} up among the keys {@code issuer} publishes. */
    public Finding find(String issuer, JWK key) {
        String lower = issuer.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("did:key:") || lower.startsWith("did:jwk:")) {
                return didDocument(issuer, new DidResolver(fetcher).resolve(didKeyMethod(issuer)), key);
            }
            if (lower.startsWith("did:web:")) {
                return didWeb(issuer, key);
            }
            if (lower.startsWith("https://")) {
                return jwks(issuer, key);
            }
        } catch (IllegalArgumentException e) {
            return new NotPublished("the issuer's published keys cannot be had: " + e.getMessage());
        }
        return new NotPublished("the issuer " + issuer + " publishes no keys Laurel can read (a DID document of "
                + "did:key, did:jwk or did:web, or a JWK Set at https://{authority}/.well-known/jwks.json)");
    }

    private static String didKeyMethod(String did) {
        return did.toLowerCase(Locale.ROOT).startsWith("did:jwk:")
                ? did + "#0"
                : did + "#" + did.substring("did:key:".length());
    }

    private static Finding didDocument(String issuer, Resolution resolution, JWK key) {
        if (resolution instanceof Resolution.Resolved resolved
                && same(resolved.method().publicKey(), key)) {
            return new Published("the DID " + issuer);
        }
        return new NotPublished("the key is not the issuer's " + issuer);
    }

    private Finding didWeb(String issuer, JWK key) {
        URI url = DidResolver.didWebDocumentUrl(issuer);
        Optional<JsonNode> document = fetchJson(url, "application/did+json, application/did+ld+json, application/json");
        if (document.isEmpty()) {
            return new NotPublished("the issuer's DID document " + url + " cannot be had");
        }
        for (String property : concat()) {
            for (JsonNode method : document.get().path(property)) {
                if (method.isObject() && publishes(method, key)) {
                    return new Published("the DID document of " + issuer);
                }
            }
        }
        return new NotPublished("the issuer's DID document " + url + " does not list the key");
    }

    private static boolean publishes(JsonNode method, JWK key) {
        try {
            return same(ControllerDocument.publicKey(method), key);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String[] concat() {
        String[] all = new String[ControllerDocument.RELATIONSHIPS.length + 1];
        all[0] = "verificationMethod";
        System.arraycopy(ControllerDocument.RELATIONSHIPS, 0, all, 1, ControllerDocument.RELATIONSHIPS.length);
        return all;
    }

    private Finding jwks(String issuer, JWK key) {
        URI id = URI.create(issuer);
        if (id.getRawAuthority() == null) {
            return new NotPublished("the issuer id " + issuer + " names no host, so it has no JWK Set");
        }
        URI url = URI.create("https://" + id.getRawAuthority() + "/.well-known/jwks.json");
        Optional<JsonNode> set = fetchJson(url, JWKS_ACCEPT);
        if (set.isEmpty()) {
            return new NotPublished("the issuer's JWK Set " + url + " cannot be had");
        }
        for (JsonNode member : set.get().path("keys")) {
            JWK published;
            try {
                published = JWK.parse(member.toString());
            } catch (ParseException e) {
                continue;
            }
            if (!published.isPrivate() && same(published, key)) {
                JsonNode iss = member.get("iss");
                if (iss != null && !issuer.equals(iss.asText())) {
                    return new NotPublished(
                            "the JWK Set " + url + " lists the key for another issuer, " + iss.asText());
                }
                return new Published("the JWK Set " + url);
            }
        }
        return new NotPublished("the issuer's JWK Set " + url + " does not contain the key");
    }

    private Optional<JsonNode> fetchJson(URI url, String accept) {
        if (fetcher.fetch(url, accept) instanceof FetchResult.Fetched fetched) {
            try {
                JsonNode json = Json.parse(fetched.body());
                return json.isObject() ? Optional.of(json) : Optional.empty();
            } catch (MalformedJsonException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean same(JWK a, JWK b) {
        try {
            return a.computeThumbprint().equals(b.computeThumbprint());
        } catch (JOSEException e) {
            return false;
        }
    }
}
