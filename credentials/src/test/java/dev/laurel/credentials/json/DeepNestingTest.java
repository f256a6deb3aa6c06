package dev.laurel.credentials.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deeply nested input is refused before the JSON-LD processor's recursion can exhaust a thread's stack: the fuzzer's
 * 197-level credentials overflowed a 512 KiB stack when 200 levels were accepted.
 */
class DeepNestingTest {

    private static final String SEEDS = "dev/laurel/credentials/fuzz/VerifierFuzzTestInputs/neverThrowsOnAnyBytes/";

    @ParameterizedTest
    @ValueSource(strings = {"nested-objects.json", "nested-lists.json"})
    void refusesDeepNestingEvenOnASmallStack(String seed) throws Exception {
        byte[] input = Fixtures.bytes(SEEDS + seed);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(
                null,
                () -> {
                    try {
                        outcome.set(Verifier.builder()
                                .fetcher(HttpFetcher.offline())
                                .build()
                                .verify(input));
                    } catch (Throwable t) {
                        outcome.set(t);
                    }
                },
                "small-stack",
                256 * 1024);
        small.start();
        small.join();

        assertThat(outcome.get()).isInstanceOf(VerificationReport.class);
        VerificationReport report = (VerificationReport) outcome.get();
        assertThat(report.check(CheckId.FORMAT))
                .get()
                .isInstanceOfSatisfying(CheckResult.Failed.class, failed -> assertThat(failed.message())
                        .contains("nesting depth"));
    }
}
