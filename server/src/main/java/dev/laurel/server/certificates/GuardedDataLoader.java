package dev.laurel.server.certificates;

import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.spi.client.http.DataLoader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * DSS's {@link DataLoader} over the platform's guarded fetcher, for the revocation data and issuer certificates of a
 * B-LT seal: the OCSP, CRL and CA-issuer URLs come from certificates — an uploaded e-seal's, a time-stamp authority's —
 * so they are untrusted input, and go through the same rules as every outbound fetch (public addresses only unless
 * the operator trusts the host, HTTP or HTTPS, 10 s, bounded bodies). The fetcher only GETs: an OCSP request is sent
 * as RFC 6960 (appendix A.1) allows, base64 in the URL's last segment, which responders answer like a POST. Answers
 * over {@code maxBytes} are refused. Thread-safe.
 */
final class GuardedDataLoader implements DataLoader {

    private static final long serialVersionUID = 1L;

    private static final int OCSP_MAX_BYTES = 64 * 1024;
    private static final int CRL_MAX_BYTES = 2 * 1024 * 1024;
    private static final int CERTIFICATE_MAX_BYTES = 64 * 1024;

    private final transient HttpFetcher fetcher;
    private final String accept;
    private final int maxBytes;
    private final boolean ocsp;
    private final transient List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    private GuardedDataLoader(HttpFetcher fetcher, String accept, int maxBytes, boolean ocsp) {
        this.fetcher = fetcher;
        this.accept = accept;
        this.maxBytes = maxBytes;
        this.ocsp = ocsp;
    }

    /** OCSP responses (requests sent by GET), at most 64 KB. */
    static GuardedDataLoader ocsp(HttpFetcher fetcher) {
        return new GuardedDataLoader(fetcher, "application/ocsp-response", OCSP_MAX_BYTES, true);
    }

    /** CRLs, at most 2 MB. */
    static GuardedDataLoader crls(HttpFetcher fetcher) {
        return new GuardedDataLoader(fetcher, "application/pkix-crl", CRL_MAX_BYTES, false);
    }

    /** Issuer certificates named by a certificate's authority information access, at most 64 KB. */
    static GuardedDataLoader certificates(HttpFetcher fetcher) {
        return new GuardedDataLoader(
                fetcher, "application/pkix-cert, application/pkcs7-mime", CERTIFICATE_MAX_BYTES, false);
    }

    @Override
    public byte[] get(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw failed("not a URL: " + url);
        }
        FetchResult result = fetcher.fetch(uri, accept);
        if (result instanceof FetchResult.Failed failed) {
            throw failed(failed.message());
        }
        byte[] body = ((FetchResult.Fetched) result).body();
        if (body.length > maxBytes) {
            throw failed(url + " answered more than " + maxBytes + " bytes");
        }
        return body;
    }

    /** What this loader could not fetch, and why, in the order it was asked. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private DSSException failed(String why) {
        failures.add(why);
        return new DSSException(why);
    }

    @Override
    public DataAndUrl get(List<String> urls) {
        List<String> reasons = new ArrayList<>();
        for (String url : urls) {
            try {
                return new DataAndUrl(url, get(url));
            } catch (DSSException e) {
                reasons.add(e.getMessage());
            }
        }
        throw new DSSException(reasons.isEmpty() ? "no URL to fetch" : String.join("; ", reasons));
    }

    /** An OCSP request, sent as a GET: {@code url/base64(request)}, the base64 URL-encoded. */
    @Override
    public byte[] post(String url, byte[] content) {
        if (!ocsp) {
            throw new DSSException("only OCSP requests are sent, not a POST to " + url);
        }
        String encoded = URLEncoder.encode(Base64.getEncoder().encodeToString(content), StandardCharsets.US_ASCII);
        return get((url.endsWith("/") ? url : url + "/") + encoded);
    }

    /** The media type is the loader's own (set when it is made), not DSS's to change. */
    @Override
    public void setContentType(String contentType) {}
}
