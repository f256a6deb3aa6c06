package dev.laurel.server.certificates;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * An RFC 3161 time-stamp authority reached over HTTP ({@code laurel.certificates.tsa-url}): asks for a token over a
 * digest, with a fresh nonce and the authority's certificate, and checks that the answer grants it for that request.
 * An operator's setting, not a user's: the guarded fetcher's public-address rule is not applied (an intranet TSA
 * works), its other rules are — HTTP or HTTPS only, no redirects, 10 s, an answer of at most 64 KB. Thread-safe.
 */
final class TimestampAuthority implements TSPSource {

    private static final int MAX_RESPONSE_BYTES = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final transient HttpClient http;
    private final transient SecureRandom random = new SecureRandom();

    TimestampAuthority(URI url) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("laurel.certificates.tsa-url must be an http or https URL: " + url);
        }
        this.url = url;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    URI url() {
        return url;
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm algorithm, byte[] digest) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request =
                generator.generate(new ASN1ObjectIdentifier(algorithm.getOid()), digest, new BigInteger(64, random));
        try {
            HttpResponse<InputStream> answer = http.send(
                    HttpRequest.newBuilder(url)
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/timestamp-query")
                            .header("Accept", "application/timestamp-reply")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = answer.body()) {
                body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            }
            if (answer.statusCode() != 200) {
                throw new DSSException("the time-stamp authority answered HTTP " + answer.statusCode());
            }
            if (body.length > MAX_RESPONSE_BYTES) {
                throw new DSSException("the time-stamp authority's answer is over 64 KB");
            }
            TimeStampResponse response = new TimeStampResponse(body);
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new DSSException("the time-stamp authority granted no token: " + response.getStatusString());
            }
            return new TimestampBinary(response.getTimeStampToken().getEncoded());
        } catch (IOException | TSPException e) {
            throw new DSSException("no time-stamp from " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DSSException("interrupted while asking " + url + " for a time-stamp", e);
        }
    }
}
