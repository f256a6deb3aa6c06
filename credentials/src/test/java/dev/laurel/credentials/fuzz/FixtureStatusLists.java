package dev.laurel.credentials.fuzz;

import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import java.net.URI;
import java.util.Map;

/**
 * Serves status lists at the URLs the fuzzed credentials point to; every other URL fails as unreachable, so fuzzing
 * never leaves the machine.
 *
 * @param lists each status list's bytes by its URL
 */
record FixtureStatusLists(Map<String, byte[]> lists) implements HttpFetcher {

    @Override
    public FetchResult fetch(URI url, String accept) {
        byte[] list = lists.get(url.toString());
        return list != null
                ? new FetchResult.Fetched(url, "application/json", list)
                : new FetchResult.Failed(url, url + " is not reachable while fuzzing");
    }
}
