package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.bake.ImageKind;
import dev.laurel.credentials.bake.UnbakeResult;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import dev.laurel.credentials.json.Utf8;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.signing.ProofFormat;
import dev.laurel.server.verification.CredentialVerification;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Importing a credential into a backpack: a baked PNG or SVG, a JSON or JWT file, or a URL (an Open Badges 2.0 hosted
 * assertion, an Open Badges 3.0 credential). Each is verified as {@code /verify} verifies it and kept with its original
 * bytes only when it verifies. URLs are fetched through the platform's SSRF-guarded fetcher (private addresses
 * refused); URLs of this Laurel's own public pages are read from its database. A credential whose recipient is not one
 * of the earner's confirmed addresses ({@link Addressee}) is kept too, marked as not issued to them. What is kept is
 * announced ({@link ImportEvents.CredentialImported}) in the transaction that keeps it. Thread-safe.
 */
@Service
class Imports {

    static final String ACCEPT = "application/vc+ld+json, application/ld+json;q=0.9, application/json;q=0.9, "
            + "application/vc+jwt;q=0.8, image/png;q=0.5, image/svg+xml;q=0.5";

    /** What an import came to. */
    sealed interface Outcome {
        /** Kept, as the item {@code itemId}; {@code issuedToEarner} when it names one of the earner's addresses. */
        record Imported(UUID itemId, VerificationReport report, boolean issuedToEarner) implements Outcome {}

        /**
         * Refused: nothing was kept.
         *
         * @param problem why
         * @param detail what was found, for a person (the fetch error, the failed checks), or null
         * @param report the verification report when the credential was verified
         */
        record Refused(ImportProblem problem, String detail, VerificationReport report) implements Outcome {}
    }

    private final Items items;
    private final EarnerAddresses addresses;
    private final CredentialVerification verification;
    private final HttpFetcher fetcher;
    private final IssuedCredentials issued;
    private final LaurelSettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Imports(
            Items items,
            EarnerAddresses addresses,
            CredentialVerification verification,
            HttpFetcher fetcher,
            IssuedCredentials issued,
            LaurelSettings settings,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.addresses = addresses;
        this.verification = verification;
        this.fetcher = fetcher;
        this.issued = issued;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Imports an uploaded file. */
    Outcome file(UUID accountId, String fileName, byte[] bytes) {
        return bytes(accountId, bytes, fileName == null || fileName.isBlank() ? "upload" : fileName);
    }

    /** Imports the credential at {@code url}. */
    Outcome url(UUID accountId, String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            return refused(ImportProblem.BAD_URL, null);
        }
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            return refused(ImportProblem.BAD_URL, null);
        }
        Optional<UUID> local = local(uri);
        if (local.isPresent()) {
            return shown(local.get())
                    .map(document -> bytes(accountId, document, uri.toString()))
                    .orElseGet(() -> refused(ImportProblem.FETCH_FAILED, uri + " answered HTTP 404"));
        }
        return switch (fetcher.fetch(uri, ACCEPT)) {
            case FetchResult.Fetched fetched -> bytes(accountId, fetched.body(), uri.toString());
            case FetchResult.Failed failed -> refused(ImportProblem.FETCH_FAILED, failed.message());
        };
    }

    /** The id of the credential issued here whose public page {@code uri} is, if it is one. */
    private Optional<UUID> local(URI uri) {
        String prefix = settings.url("/c/");
        String text = uri.toString();
        if (!text.startsWith(prefix) || uri.getQuery() != null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.substring(prefix.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The document of a credential issued here, as its public page would show it: none when its earner made it private
     * or deleted their account, as {@code /c/ID} then answers 404.
     */
    private Optional<byte[]> shown(UUID id) {
        return issued.find(new CredentialId(id))
                .filter(c -> !c.recipientForgotten())
                .filter(c -> !items.privateCredential(id))
                .map(c -> c.document().getBytes(StandardCharsets.UTF_8));
    }

    private Outcome bytes(UUID accountId, byte[] bytes, String source) {
        if (bytes == null || bytes.length == 0) {
            return refused(ImportProblem.EMPTY, null);
        }
        String kind;
        switch (ImageKind.detect(bytes)) {
            case PNG, SVG -> {
                switch (Baker.unbake(bytes)) {
                    case UnbakeResult.NotBaked notBaked -> {
                        return refused(ImportProblem.NO_CREDENTIAL_IN_IMAGE, null);
                    }
                    case UnbakeResult.Unreadable unreadable -> {
                        return refused(ImportProblem.UNREADABLE_IMAGE, unreadable.message());
                    }
                    case UnbakeResult.Found found -> kind = found.image() == ImageKind.PNG ? "png" : "svg";
                }
            }
            default -> {
                String text;
                try {
                    text = Utf8.decode(bytes).strip();
                } catch (MalformedJsonException e) {
                    return refused(ImportProblem.NOT_A_CREDENTIAL, e.getMessage());
                }
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1).strip();
                }
                if (text.startsWith("{")) {
                    kind = "json";
                } else if (DecodedJwt.looksLikeJwt(text)) {
                    kind = "jwt";
                } else {
                    return refused(ImportProblem.NOT_A_CREDENTIAL, null);
                }
            }
        }
        VerificationReport report = verification.verify(bytes);
        if (!report.verified()) {
            String failures =
                    report.failures().stream().map(CheckResult::message).collect(Collectors.joining(" "));
            return new Outcome.Refused(ImportProblem.NOT_VERIFIED, failures, report);
        }
        JsonNode credential = report.credential().orElse(Json.MAPPER.createObjectNode());
        Optional<UUID> kept = duplicate(accountId, bytes);
        if (kept.isPresent()) {
            return new Outcome.Refused(ImportProblem.ALREADY_KEPT, null, report);
        }
        boolean issuedToEarner = Addressee.among(credential, addresses.confirmed(accountId));
        String originalKind = kind;
        UUID id = transactions.execute(status -> {
            UUID itemId = items.addImported(
                    accountId,
                    bytes,
                    originalKind,
                    source.length() > 2000 ? source.substring(0, 2000) : source,
                    report.format(),
                    ItemFacts.of(credential, report::resolve),
                    report,
                    issuedToEarner,
                    clock.instant());
            events.publishEvent(new ImportEvents.CredentialImported(accountId, itemId));
            return itemId;
        });
        return new Outcome.Imported(id, report, issuedToEarner);
    }

    private Optional<UUID> duplicate(UUID accountId, byte[] bytes) {
        return items.withOriginalDigest(accountId, digest(bytes));
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How a credential issued here is secured, in the words the import formats use. */
    static String kindOf(ProofFormat format) {
        return format == ProofFormat.VC_JWT ? "jwt" : "json";
    }

    private static Outcome refused(ImportProblem problem, String detail) {
        return new Outcome.Refused(problem, detail, null);
    }
}
