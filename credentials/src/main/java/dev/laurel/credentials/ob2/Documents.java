package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Badge objects fetched through the injected fetcher, each URL at most once per verification. Not thread-safe: one
 * instance serves one verification.
 */
final class Documents {

    static final String ACCEPT = "application/ld+json, application/json";

    private final HttpFetcher fetcher;
    private final Map<String, Retrieval> fetched = new HashMap<>();
    private final Map<String, FetchResult> raw = new HashMap<>();

    Documents(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** The JSON object at {@code url}; {@code what} names it in messages, e.g. {@code "the BadgeClass"}. */
    Retrieval get(String url, String what) {
        return fetched.computeIfAbsent(url, key -> retrieve(key, what));
    }

    /**
     * The CryptographicKey at {@code url}; a PEM public key served there, as an Open Badges 1.x signed assertion's
     * {@code verify.url} names one, is read as a CryptographicKey holding it.
     */
    Retrieval key(String url) {
        Optional<URI> uri = Nodes.httpUrl(url);
        if (uri.isPresent() && fetch(uri.get()) instanceof FetchResult.Fetched fetched) {
            try {
                String body = fetched.text().strip();
                if (body.startsWith("-----BEGIN ")) {
                    return new Retrieval.Retrieved(uri.get(), OpenBadges1.publicKey(url, body));
                }
            } catch (MalformedJsonException notText) {
                // not UTF-8: get says so
            }
        }
        return get(url, "the CryptographicKey");
    }

    /** The response at {@code url}, whatever it holds. */
    FetchResult fetch(URI url) {
        return raw.computeIfAbsent(url.toString(), key -> fetcher.fetch(url, ACCEPT));
    }

    private Retrieval retrieve(String url, String what) {
        Optional<URI> uri = Nodes.httpUrl(url);
        if (uri.isEmpty()) {
            return new Retrieval.NotRetrieved(
                    what + " " + url + " is not an http(s) URL, so it cannot be fetched", false);
        }
        return switch (fetch(uri.get())) {
            case FetchResult.Failed failed ->
                new Retrieval.NotRetrieved(
                        "could not fetch " + what + " from " + url + ": " + failed.message(), isGone(failed));
            case FetchResult.Fetched ok -> parse(uri.get(), ok, what);
        };
    }

    /** Reads the body fetched from {@code url} as a JSON object; a body that is not UTF-8 is not JSON. */
    static Retrieval parse(URI url, FetchResult.Fetched fetched, String what) {
        String text;
        try {
            text = fetched.text();
        } catch (MalformedJsonException e) {
            return new Retrieval.NotRetrieved(what + " at " + url + " is not JSON: " + e.getMessage(), false);
        }
        return parse(url, text, what);
    }

    /** Reads {@code text} served at {@code url} as a JSON object. */
    static Retrieval parse(URI url, String text, String what) {
        JsonNode json;
        try {
            json = Json.parse(text);
        } catch (MalformedJsonException e) {
            return new Retrieval.NotRetrieved(what + " at " + url + " is not JSON: " + e.getMessage(), false);
        }
        if (!(json instanceof ObjectNode object)) {
            return new Retrieval.NotRetrieved(
                    what + " at " + url + " must be a JSON object, not " + Nodes.describe(json), false);
        }
        return new Retrieval.Retrieved(url, object);
    }

    /** Whether the fetch failed with {@code 410 Gone}: the issuer says the assertion is revoked. */
    static boolean isGone(FetchResult.Failed failed) {
        return failed.status() == 410;
    }
}
