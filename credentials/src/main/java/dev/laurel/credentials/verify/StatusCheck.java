package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Problems;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.status.BitstringStatusListEntry;
import dev.laurel.credentials.status.CredentialStatusEntry;
import dev.laurel.credentials.status.MalformedStatusEntry;
import dev.laurel.credentials.status.RevocationListEntry;
import dev.laurel.credentials.status.StatusChecker;
import dev.laurel.credentials.status.StatusFailure;
import dev.laurel.credentials.status.StatusResult;
import dev.laurel.credentials.status.UnsupportedStatusEntry;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Revocation and suspension: each {@code credentialStatus} entry is looked up in its list, fetched through the
 * injected fetcher. A Bitstring status list credential must itself verify; its issuer and its {@code id} may differ
 * from the credential's issuer and the URL it was fetched from (Bitstring Status List §2.1, §2.2: the entry that names
 * the list is inside the signed credential). A list that cannot be fetched or read fails the check: a status that
 * cannot be known is not assumed good. A {@code statusListIndex} written as a JSON number is read, with a warning.
 */
final class StatusCheck implements Check {

    private static final int MAX_DEPTH = 2;
    private static final String ACCEPT = "application/vc+ld+json, application/vc+jwt, application/vc, application/json";

    @Override
    public CheckId id() {
        return CheckId.STATUS;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        if (context.types().contains(Contexts.STATUS_LIST)) {
            return CheckResult.skipped(id(), "a status list credential has no status of its own");
        }
        List<CredentialStatusEntry> entries = CredentialStatusEntry.ofCredential(context.credential());
        if (entries.isEmpty()) {
            return CheckResult.skipped(id(), "the credential has no credentialStatus");
        }
        if (context.depth() >= MAX_DEPTH) {
            return CheckResult.skipped(id(), "status is not checked this deep inside another credential");
        }
        StatusChecker checker = new StatusChecker(context.verifier().clock());
        Problems failures = new Problems();
        Problems warnings = new Problems();
        List<String> found = new ArrayList<>();
        numericIndexes(context.credential().get("credentialStatus"), warnings);
        for (CredentialStatusEntry entry : entries) {
            StatusResult result =
                    switch (entry) {
                        case BitstringStatusListEntry bitstring -> bitstring(context, checker, bitstring);
                        case RevocationListEntry revocation -> revocationList(context, checker, revocation);
                        case MalformedStatusEntry malformed -> checker.check(malformed);
                        case UnsupportedStatusEntry unsupported -> {
                            warnings.add(
                                    Reason.STATUS_UNSUPPORTED, "status type " + unsupported.type() + " is not checked");
                            yield null;
                        }
                    };
            switch (result) {
                case null -> {}
                case StatusResult.Active active -> found.add(active.purpose() + ": " + active.message());
                case StatusResult.Flagged flagged
                when flagged.revoked() ->
                    failures.add(Reason.STATUS_REVOKED, "revoked by the issuer" + detail(flagged));
                case StatusResult.Flagged flagged
                when flagged.suspended() ->
                    failures.add(Reason.STATUS_SUSPENDED, "suspended by the issuer" + detail(flagged));
                case StatusResult.Flagged flagged ->
                    warnings.add(Reason.STATUS_FLAGGED, flagged.purpose() + ": " + flagged.message());
                case StatusResult.Failed failed ->
                    failures.add(reason(failed.failure()), "status could not be checked: " + failed.message());
            }
        }
        if (!failures.isEmpty()) {
            return failures.failed(id());
        }
        if (!warnings.isEmpty()) {
            return warnings.warning(id());
        }
        return CheckResult.passed(id(), "not revoked or suspended (" + String.join("; ", found) + ")");
    }

    /** Warns of each {@code statusListIndex} given as a number: the spec requires a string of base-10 digits. */
    private static void numericIndexes(JsonNode status, Problems warnings) {
        List<JsonNode> entries = new ArrayList<>();
        if (status != null && status.isArray()) {
            status.forEach(entries::add);
        } else if (status != null) {
            entries.add(status);
        }
        for (JsonNode entry : entries) {
            JsonNode index = entry.get("statusListIndex");
            if (index != null && index.isNumber()) {
                warnings.add(
                        Reason.STATUS_INDEX_NUMBER,
                        "statusListIndex is the number " + index + "; Bitstring Status List requires a string of "
                                + "base-10 digits (\"" + index + "\")");
            }
        }
    }

    /** The reason a status that could not be determined is reported with. */
    private static Reason reason(StatusFailure failure) {
        return switch (failure) {
            case RETRIEVAL_FAILED -> Reason.STATUS_UNREACHABLE;
            case LIST_NOT_TRUSTED -> Reason.STATUS_UNTRUSTED;
            case MALFORMED_ENTRY, MISSING_CREDENTIAL_ID -> Reason.STATUS_ENTRY_MALFORMED;
            case NOT_A_STATUS_LIST,
                    MALFORMED_LIST,
                    MISSING_MULTIBASE_PREFIX,
                    INVALID_BASE64URL,
                    INVALID_GZIP,
                    LIST_TOO_LARGE,
                    LIST_TOO_SHORT,
                    MALFORMED_REVOCATION_LIST -> Reason.STATUS_LIST_MALFORMED;
            case PURPOSE_MISMATCH, STATUS_SIZE_MISMATCH, INDEX_OUT_OF_RANGE, REVOCATION_LIST_ID_MISMATCH ->
                Reason.STATUS_LIST_MISMATCH;
            case LIST_NOT_YET_VALID, LIST_EXPIRED -> Reason.STATUS_LIST_NOT_CURRENT;
        };
    }

    /** The status message, when the list gives one beyond the bare "set". */
    private static String detail(StatusResult.Flagged flagged) {
        return flagged.message().equals("set") ? "" : " (" + flagged.message() + ")";
    }

    private static StatusResult bitstring(
            VerificationContext context, StatusChecker checker, BitstringStatusListEntry entry) {
        String url = entry.statusListCredential();
        Fetched fetched = fetch(context, url);
        if (fetched.problem() != null) {
            return new StatusResult.Failed(StatusFailure.RETRIEVAL_FAILED, fetched.problem());
        }
        VerificationReport report = context.verifier().verifyNested(fetched.text(), context.depth() + 1);
        if (!report.verified()) {
            CheckResult first = report.failures().get(0);
            return untrusted("the status list credential " + url + " does not verify (" + first.id() + ": "
                    + first.message() + ")");
        }
        return checker.check(entry, report.credential().orElseThrow());
    }

    private static StatusResult revocationList(
            VerificationContext context, StatusChecker checker, RevocationListEntry entry) {
        Fetched fetched = fetch(context, entry.id());
        if (fetched.problem() != null) {
            return new StatusResult.Failed(StatusFailure.RETRIEVAL_FAILED, fetched.problem());
        }
        JsonNode json;
        try {
            json = Json.parse(fetched.text());
        } catch (MalformedJsonException e) {
            return new StatusResult.Failed(
                    StatusFailure.MALFORMED_REVOCATION_LIST,
                    "the revocation list " + entry.id() + " is not JSON: " + e.getMessage());
        }
        String credentialId = context.credential().path("id").asText(null);
        return checker.check(entry, credentialId, json);
    }

    private static Fetched fetch(VerificationContext context, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new Fetched(null, "the status list URL is not a URL: " + url);
        }
        return switch (context.verifier().statusFetcher().fetch(uri, ACCEPT)) {
            case FetchResult.Failed failed -> new Fetched(null, failed.message());
            case FetchResult.Fetched ok -> text(ok, url);
        };
    }

    private static Fetched text(FetchResult.Fetched fetched, String url) {
        try {
            return new Fetched(fetched.text(), null);
        } catch (MalformedJsonException e) {
            return new Fetched(null, "the status list " + url + " is not JSON: " + e.getMessage());
        }
    }

    private static StatusResult untrusted(String message) {
        return new StatusResult.Failed(StatusFailure.LIST_NOT_TRUSTED, message);
    }

    /** A fetched list's text, or why there is none. */
    private record Fetched(String text, String problem) {}
}
