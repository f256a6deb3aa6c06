package dev.laurel.cli;

import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.GuardedHttpFetcher;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code laurel verify}: every check, and exit 0 verified, 1 not verified, 2 unreadable input or usage error. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verify a credential: JSON, JWT, baked PNG or SVG; a file, a URL or - for stdin.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:verified", "1:not verified", "2:unreadable input or usage error"})
final class VerifyCommand implements Callable<Integer> {

    /**
     * Format failures that are not unreadable input: the input named a hosted assertion that cannot be had, which is
     * the same failure — and the same exit code, 1 — as when the assertion is given in full.
     */
    private static final Set<Reason> REACHED_BUT_NOT_VERIFIED = Set.of(Reason.FORMAT_UNREACHABLE, Reason.FORMAT_GONE);

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "print {\"verified\", \"checks\": [{\"id\",\"status\",\"message\"}]}")
    boolean json;

    @Option(names = "--now", description = "verify as of this ISO-8601 time instead of now")
    String now;

    @Option(
            names = "--allow-private-addresses",
            description = "let fetches (DID documents, status lists, URLs) reach loopback and private networks")
    boolean allowPrivateAddresses;

    @Option(
            names = "--dev",
            description = "verify against a development Laurel on this machine: reach localhost, and resolve did:web "
                    + "over plain http (never use it for real credentials)")
    boolean development;

    @Parameters(index = "0", paramLabel = "FILE|URL|-", description = "the credential")
    String input;

    @Override
    public Integer call() {
        HttpFetcher fetcher = GuardedHttpFetcher.builder()
                .allowPrivateAddresses(allowPrivateAddresses || development)
                .build();
        Verifier verifier = Verifier.builder()
                .clock(clock())
                .fetcher(fetcher)
                .resolver(new DidResolver(fetcher, development))
                .build();
        VerificationReport report = verifier.verify(read(fetcher));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.writePretty(report.toJson()));
        } else {
            printHuman(report, out);
        }
        out.flush();
        if (report.verified()) {
            return Laurel.OK;
        }
        boolean unreadable = report.check(CheckId.FORMAT)
                .filter(c -> c instanceof CheckResult.Failed)
                .flatMap(CheckResult::reason)
                .filter(reason -> !REACHED_BUT_NOT_VERIFIED.contains(reason))
                .isPresent();
        return unreadable ? Laurel.UNUSABLE : Laurel.NOT_VERIFIED;
    }

    private byte[] read(HttpFetcher fetcher) {
        if (input.equals("-")) {
            try {
                return System.in.readAllBytes();
            } catch (IOException e) {
                throw new UsageException("cannot read stdin: " + e.getMessage(), e);
            }
        }
        if (input.startsWith("https://") || input.startsWith("http://")) {
            return switch (fetcher.fetch(
                    URI.create(input),
                    "application/vc+ld+json, application/vc+jwt, "
                            + "application/ld+json, application/json, image/png, image/svg+xml")) {
                case FetchResult.Fetched fetched -> fetched.body();
                case FetchResult.Failed failed -> throw new UsageException(failed.message());
            };
        }
        return Files.read(Path.of(input));
    }

    private Clock clock() {
        if (now == null) {
            return Clock.systemUTC();
        }
        try {
            return Clock.fixed(OffsetDateTime.parse(now).toInstant(), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UsageException(
                    "--now must be an ISO-8601 date-time with an offset, e.g. 2026-01-01T00:00:00Z: " + now);
        }
    }

    private static void printHuman(VerificationReport report, PrintWriter out) {
        for (CheckResult check : report.checks()) {
            String mark =
                    switch (check) {
                        case CheckResult.Passed passed -> "PASS";
                        case CheckResult.Failed failed -> "FAIL";
                        case CheckResult.Warning warning -> "WARN";
                        case CheckResult.Skipped skipped -> "SKIP";
                    };
            out.printf("%s  %-13s %s%n", mark, check.id().id(), check.message());
        }
        out.println(report.verified() ? "VERIFIED" : "NOT VERIFIED");
    }
}
