package dev.laurel.credentials.fuzz;

import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import java.net.URI;
import java.util.Map;

/**
 * Serves status list credentials at {@code https://status.example/lists/<purpose>}, where the verification fixtures
 * point; every other URL fails as unreachable, so fuzzing never leaves the machine.
 *
 * @param lists the status list credential's bytes by purpose ({@code revocation}, {@code suspension})
 */
record FixtureStatusLists(Map<String, byte[]> lists) implements HttpFetcher {

    static final String BASE = "https://status.example/lists/";

    @Override
    public FetchResult fetch(URI url, String accept) {
        String text = url.toString();
        byte[] list = text.startsWith(BASE) ? lists.get(text.substring(BASE.length())) : null;
        return list != null
                ? new FetchResult.Fetched(url, "application/vc+ld+json", list)
                : new FetchResult.Failed(url, url + " is not reachable while fuzzing");
    }
}
