package dev.laurel.credentials.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.jsonld.JsonLdPaths;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchVerificationTest {

    private static final String DIR = "fixtures/verify/";

    @Test
    void reportsEachCredentialInInputOrderAsVerifyingItAloneWould() {
        List<String> files = List.of(
                "valid.json", "tampered-value.json", "malformed.json", "valid.jwt", "revoked.json", "valid.png");
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.forEach(file -> inputs.add(Fixtures.bytes(DIR + file)));
        }
        Verifier verifier = NegativeFixturesTest.verifier();

        List<VerificationReport> reports = verifier.verifyAll(inputs);

        assertThat(reports).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            VerificationReport alone = verifier.verify(inputs.get(i));
            assertThat(reports.get(i).checks())
                    .extracting(CheckResult::id, CheckResult::status)
                    .as(files.get(i % files.size()))
                    .isEqualTo(alone.checks().stream()
                            .map(check -> org.assertj.core.groups.Tuple.tuple(check.id(), check.status()))
                            .toList());
        }
    }

    @Test
    void verifiesCredentialsAtTheSameTime() {
        int together = 4;
        CountDownLatch arrived = new CountDownLatch(together);
        DidResolver did = new DidResolver(HttpFetcher.offline());
        VerificationMethodResolver waiting = url -> {
            arrived.countDown();
            try {
                arrived.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return did.resolve(url);
        };
        Verifier verifier = Verifier.builder()
                .clock(NegativeFixturesTest.NOW)
                .fetcher(NegativeFixturesTest.STATUS_LISTS)
                .resolver(waiting)
                .build();
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < together; i++) {
            inputs.add(Fixtures.bytes(DIR + "valid.json"));
        }

        long start = System.nanoTime();
        List<VerificationReport> reports = verifier.verifyAll(inputs);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(arrived.getCount()).isZero();
        assertThat(reports).allMatch(VerificationReport::verified);
    }

    @Test
    void resolvesAnIssuersKeyOnceWhenCaching() {
        AtomicInteger resolutions = new AtomicInteger();
        DidResolver did = new DidResolver(HttpFetcher.offline());
        Verifier verifier = Verifier.builder()
                .clock(NegativeFixturesTest.NOW)
                .fetcher(NegativeFixturesTest.STATUS_LISTS)
                .resolver(url -> {
                    resolutions.incrementAndGet();
                    return did.resolve(url);
                })
                .caching(Duration.ofMinutes(5), 100)
                .build();

        verifier.verify(Fixtures.bytes(DIR + "valid.json"));
        verifier.verify(Fixtures.bytes(DIR + "valid.json"));

        assertThat(resolutions).hasValue(1);
    }

    @Test
    void convertsTheCredentialToRdfOnceForTheContextAndProofChecks() {
        Verifier verifier = NegativeFixturesTest.verifier();
        byte[] credential = Fixtures.bytes("spec/vectors/ob-v3p0-canonical/basic/signed-reference.json");
        verifier.verify(credential);
        long before = JsonLdPaths.fastPathCount() + JsonLdPaths.fallbackCount();

        verifier.verify(credential);

        // the credential once, and the proof configuration
        assertThat(JsonLdPaths.fastPathCount() + JsonLdPaths.fallbackCount() - before)
                .isEqualTo(2);
    }
}
