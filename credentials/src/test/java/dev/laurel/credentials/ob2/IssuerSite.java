package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.LocalServer;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * An Open Badges 2.0 issuer's web site on a {@link LocalServer}: the spec examples (assertion, issuer, key, revocation
 * list) and a BadgeClass, with {@code https://example.org} rewritten to the server's origin.
 */
final class IssuerSite implements AutoCloseable {

    /** Between the example assertion's issuedOn (2016-12-31) and its expires (2017-06-30). */
    static final Clock NOW = Clock.fixed(Instant.parse("2017-03-01T00:00:00Z"), ZoneOffset.UTC);

    static final String ASSERTION = "/beths-robotics-badge.json";
    static final String BADGE_CLASS = "/robotics-badge.json";
    static final String ISSUER = "/organization.json";
    static final String KEY = "/publicKey.json";
    static final String REVOCATION_LIST = "/revocationList.json";

    private static final String EXAMPLES = "spec/ob-v2p0/examples/";

    private final LocalServer server = new LocalServer();

    /** The site with the assertion, BadgeClass, issuer and revocation list of the spec examples published. */
    static IssuerSite withSpecExamples() {
        IssuerSite site = new IssuerSite();
        site.publish(ASSERTION, site.assertion());
        site.publish(BADGE_CLASS, site.badgeClass());
        site.publish(ISSUER, site.issuer());
        site.publish(REVOCATION_LIST, site.revocationList());
        return site;
    }

    String origin() {
        return server.origin();
    }

    String url(String path) {
        return server.origin() + path;
    }

    /** 01-Assertion.json: hosted, issued 2016-12-31, expires 2017-06-30. */
    ObjectNode assertion() {
        return example(EXAMPLES + "01-Assertion.json");
    }

    /** 02-Issuer.json: with a publicKey and a revocationList. */
    ObjectNode issuer() {
        return example(EXAMPLES + "02-Issuer.json");
    }

    /** 04-Assertion.json: signed, with verification.creator the issuer's key. */
    ObjectNode signedAssertion() {
        return example(EXAMPLES + "04-Assertion.json");
    }

    /** 05-CryptographicKey.json: owned by the issuer (its PEM is a placeholder to replace). */
    ObjectNode key() {
        return example(EXAMPLES + "05-CryptographicKey.json");
    }

    /** 06-RevocationList.json: revokes two urn:uuid assertions (one by string, one by object) and a uid. */
    ObjectNode revocationList() {
        return example(EXAMPLES + "06-RevocationList.json");
    }

    ObjectNode badgeClass() {
        return example("fixtures/ob2/robotics-badge.json");
    }

    IssuerSite publish(String path, JsonNode document) {
        server.serve(path, "application/ld+json", Json.write(document));
        return this;
    }

    IssuerSite publishText(String path, String body) {
        server.serve(path, "application/ld+json", body);
        return this;
    }

    HttpFetcher fetcher() {
        return server.fetcher();
    }

    OpenBadges2Verifier verifier() {
        return new OpenBadges2Verifier(NOW, fetcher());
    }

    int requests() {
        return server.requests();
    }

    private ObjectNode example(String path) {
        return (ObjectNode) Json.parse(Fixtures.text(path).replace("https://example.org", server.origin()));
    }

    @Override
    public void close() {
        server.close();
    }
}
