package dev.laurel.server.issuing;

import dev.laurel.credentials.http.CachingFetcher;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.server.platform.LaurelSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The fetcher verification uses: this Laurel's own status lists come straight from the database (current to the
 * moment, and reachable in development where the base URL is localhost), as are the lists other modules serve ({@link
 * ServedStatusLists}); everything else through the guarded fetcher.
 */
@Component
@Primary
class LocalStatusFetcher implements HttpFetcher {

    /** Remote status lists larger than this are not remembered. */
    private static final int MAX_REMEMBERED_BYTES = 16 * 1024 * 1024;

    private final StatusLists lists;
    private final HttpFetcher remote;
    private final String prefix;
    private final ObjectProvider<ServedStatusLists> others;

    @Autowired
    LocalStatusFetcher(
            StatusLists lists,
            @Qualifier("httpFetcher") HttpFetcher remote,
            LaurelSettings settings,
            ObjectProvider<ServedStatusLists> others) {
        this.lists = lists;
        this.remote = remote;
        this.prefix = settings.url("/status/");
        this.others = others;
    }

    /**
     * The fetcher verification reads status lists with: this Laurel's own from the database, always current; other
     * issuers' remembered for {@code laurel.verification.remote-cache-ttl} (default 5 minutes), so that verifying many
     * credentials of one issuer fetches its list once.
     */
    @Configuration(proxyBeanMethods = false)
    static class StatusFetcherConfiguration {

        @Bean
        HttpFetcher statusFetcher(
                StatusLists lists,
                @Qualifier("httpFetcher") HttpFetcher remote,
                LaurelSettings settings,
                Clock clock,
                @Value("${laurel.verification.remote-cache-ttl:5m}") Duration ttl,
                ObjectProvider<ServedStatusLists> others) {
            return new LocalStatusFetcher(
                    lists, new CachingFetcher(remote, clock, ttl, 1000, MAX_REMEMBERED_BYTES), settings, others);
        }
    }

    @Override
    public FetchResult fetch(URI url, String accept) {
        String text = url.toString();
        if (text.startsWith(prefix)) {
            return local(
                    url, text.substring(prefix.length()), id -> lists.signed(id).map(StatusLists.SignedList::json));
        }
        for (ServedStatusLists served : others) {
            if (text.startsWith(served.prefix())) {
                return local(url, text.substring(served.prefix().length()), served::signed);
            }
        }
        return remote.fetch(url, accept);
    }

    private static FetchResult local(URI url, String id, Function<UUID, Optional<String>> signed) {
        try {
            return signed.apply(UUID.fromString(id))
                    .<FetchResult>map(list -> new FetchResult.Fetched(
                            url, "application/vc+ld+json", list.getBytes(StandardCharsets.UTF_8)))
                    .orElseGet(() -> new FetchResult.Failed(url, url + " answered HTTP 404", 404));
        } catch (IllegalArgumentException e) {
            return new FetchResult.Failed(url, url + " answered HTTP 404", 404);
        }
    }
}
