package dev.laurel.credentials.did;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.Multikey;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default {@link VerificationMethodResolver}: {@code did:key} and {@code did:jwk} offline; {@code did:web} DID
 * documents and https (or http) verification method URLs through the injected {@link HttpFetcher}, so the fetcher's
 * SSRF guard, size and time limits apply. Thread-safe when the fetcher is.
 */
public final class DidResolver implements VerificationMethodResolver {

    private final HttpFetcher fetcher;
    private final boolean plainHttpDidWeb;

    public DidResolver(HttpFetcher fetcher) {
        this(fetcher, false);
    }

    /**
     * A resolver that, when {@code plainHttpDidWeb}, fetches did:web documents over plain http instead of https — for
     * a development Laurel on localhost only: did:web requires https, and a verifier must never do this otherwise.
     */
    public DidResolver(HttpFetcher fetcher, boolean plainHttpDidWeb) {
        this.fetcher = fetcher;
        this.plainHttpDidWeb = plainHttpDidWeb;
    }

    @Override
    public Resolution resolve(String url) {
        if (url == null || url.isBlank()) {
            return new Resolution.Unresolved(String.valueOf(url), "no verification method given");
        }
        try {
            String lower = url.toLowerCase(Locale.ROOT);
            if (lower.startsWith("did:key:")) {
                return didKey(url);
            }
            if (lower.startsWith("did:jwk:")) {
                return didJwk(url);
            }
            if (lower.startsWith("did:web:")) {
                return didWeb(url);
            }
            if (lower.startsWith("https:") || lower.startsWith("http:")) {
                return httpDocument(url);
            }
            if (lower.startsWith("did:")) {
                return new Resolution.Unresolved(
                        url, "unsupported DID method in " + url + " (Laurel resolves did:key, did:jwk and did:web)");
            }
            return new Resolution.Unresolved(
                    url, "the verification method " + url + " is neither a DID URL nor an " + "https URL");
        } catch (IllegalArgumentException e) {
            return new Resolution.Unresolved(url, "cannot resolve " + url + ": " + e.getMessage());
        }
    }

    /** A did:key resolves the same way every time: recently resolved ones are kept, up to {@value #MAX_DID_KEYS}. */
    private static final int MAX_DID_KEYS = 1024;

    private static final Map<String, Resolution> DID_KEYS = new ConcurrentHashMap<>();

    private static Resolution didKey(String url) {
        Resolution known = DID_KEYS.get(url);
        if (known != null) {
            return known;
        }
        Resolution resolution = resolveDidKey(url);
        if (DID_KEYS.size() >= MAX_DID_KEYS) {
            DID_KEYS.clear();
        }
        DID_KEYS.put(url, resolution);
        return resolution;
    }

    private static Resolution resolveDidKey(String url) {
        Multikey key = Multikey.fromDidKey(url);
        String multibase = key.publicKeyMultibase();
        String did = "did:key:" + multibase;
        String expected = did + "#" + multibase;
        String id = url.contains("#") ? url : expected;
        if (!id.equals(expected)) {
            return new Resolution.Unresolved(
                    url,
                    "the did:key document has no verification method " + url + " (its only key is " + expected + ")");
        }
        return new Resolution.Resolved(
                new VerificationMethod(id, "Multikey", did, key.toJwk(), VerificationMethod.ALL_PURPOSES));
    }

    private static Resolution didJwk(String url) {
        int hash = url.indexOf('#');
        String did = hash >= 0 ? url.substring(0, hash) : url;
        String fragment = hash >= 0 ? url.substring(hash + 1) : "0";
        if (!fragment.equals("0")) {
            return new Resolution.Unresolved(url, "a did:jwk document has only the verification method #0");
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(did.substring("did:jwk:".length()));
            JWK jwk = JWK.parse(new String(json, StandardCharsets.UTF_8));
            if (jwk.isPrivate()) {
                return new Resolution.Unresolved(url, "the did:jwk carries a private key; refused");
            }
            return new Resolution.Resolved(
                    new VerificationMethod(did + "#0", "JsonWebKey", did, jwk, VerificationMethod.ALL_PURPOSES));
        } catch (ParseException | IllegalArgumentException e) {
            return new Resolution.Unresolved(url, "the did:jwk is not a base64url-encoded JWK: " + e.getMessage());
        }
    }

    private Resolution didWeb(String url) {
        int hash = url.indexOf('#');
        if (hash < 0) {
            return new Resolution.Unresolved(url, "a did:web verification method needs a fragment naming the key");
        }
        String did = url.substring(0, hash);
        URI documentUrl = didWebDocumentUrl(did);
        if (plainHttpDidWeb) {
            documentUrl = URI.create("http" + documentUrl.toString().substring("https".length()));
        }
        JsonNode document = fetchJson(documentUrl, "application/did+json, application/did+ld+json, application/json");
        if (!did.equals(document.path("id").asText())) {
            return new Resolution.Unresolved(
                    url,
                    "the DID document at " + documentUrl + " has id '"
                            + document.path("id").asText() + "', not " + did);
        }
        return new ControllerDocument(document, did).find(url);
    }

    /** The did.json URL of a did:web DID (https://host[:port]/path/did.json or /.well-known/did.json). */
    static URI didWebDocumentUrl(String did) {
        String[] parts = did.substring("did:web:".length()).split(":");
        if (parts[0].isEmpty()) {
            throw new IllegalArgumentException("did:web without a host");
        }
        StringBuilder url = new StringBuilder("https://")
                .append(URLDecoder.decode(parts[0], StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
        if (parts.length == 1) {
            url.append("/.well-known");
        }
        for (int i = 1; i < parts.length; i++) {
            url.append('/').append(URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
        }
        return URI.create(url.append("/did.json").toString());
    }

    private Resolution httpDocument(String url) {
        URI uri = URI.create(url);
        URI documentUrl = uri.getFragment() == null ? uri : URI.create(url.substring(0, url.indexOf('#')));
        JsonNode document = fetchJson(documentUrl, "application/json, application/ld+json");
        String documentId = document.path("id").asText(documentUrl.toString());
        if (!documentId.equals(url) && !documentId.equals(documentUrl.toString())) {
            return new Resolution.Unresolved(
                    url,
                    "the document at " + documentUrl + " has id '" + documentId
                            + "', which does not match the verification method URL");
        }
        return new ControllerDocument(document, documentUrl.toString()).find(url);
    }

    private JsonNode fetchJson(URI url, String accept) {
        return switch (fetcher.fetch(url, accept)) {
            case FetchResult.Fetched fetched -> {
                JsonNode json = Json.parse(fetched.body());
                if (!json.isObject()) {
                    throw new IllegalArgumentException("the document at " + url + " is not a JSON object");
                }
                yield json;
            }
            case FetchResult.Failed failed -> throw new IllegalArgumentException(failed.message());
        };
    }
}
