package dev.laurel.credentials.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.jsonld.JsonLdException;
import dev.laurel.credentials.rdf.CanonicalizationLimitException;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link Verifier#verify(byte[])} returns a well-formed report and never throws: for any bytes, and for mutants of
 * valid credentials and of their status lists, carried as JSON, VC-JWT, PNG or SVG, signed again or not.
 */
class VerifierFuzzTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    private static final Verifier OFFLINE =
            Verifier.builder().clock(NOW).fetcher(HttpFetcher.offline()).build();
    private static final String CREDENTIAL = "credential";
    private static final String ENDORSEMENT = "EndorsementCredential";
    private static final String SAFETY_NET = "the check could not complete: ";

    /** The status lists the seed credentials point to, by URL; the 1EdTech list is plain JSON, never signed. */
    private static final Map<String, ObjectNode> STATUS_LISTS = Map.of(
            SeedCredentials.REVOCATION_LIST, Fixtures.object("fixtures/verify/status/revocation.json"),
            SeedCredentials.SUSPENSION_LIST, Fixtures.object("fixtures/verify/status/suspension.json"),
            SeedCredentials.ENDORSEMENT_REVOCATIONS,
                    (ObjectNode) Json.parse("{\"id\": \"" + SeedCredentials.ENDORSEMENT_REVOCATIONS
                            + "\", \"revokedCredentials\": []}"));

    @FuzzTest
    void neverThrowsOnAnyBytes(byte[] input) {
        assertWellFormed(OFFLINE.verify(input));
    }

    /**
     * Mutates a valid credential (or one of the status lists it points to), optionally signs the mutant again so that
     * its proof holds and the later checks see the mutated content, and verifies it in a fuzzer-chosen carrier; any
     * endorsements in the mutant are verified on their own as well. An unmutated credential must verify with neither
     * failure nor warning in every carrier: that shows the target reaches past the proof check.
     */
    @FuzzTest
    void neverThrowsOnMutatedCredentials(FuzzedDataProvider data) {
        Carrier carrier = data.pickValue(Carrier.values());
        boolean signAgain = data.consumeBoolean();
        String target = data.consumeInt(0, 5) < 4
                ? CREDENTIAL
                : data.pickValue(STATUS_LISTS.keySet().stream().sorted().toList());
        Map<String, ObjectNode> originals = new HashMap<>(STATUS_LISTS);
        originals.put(CREDENTIAL, data.pickValue(List.of(SeedCredentials.VALID, SeedCredentials.ENDORSED)));
        Map<String, ObjectNode> documents = new HashMap<>();
        originals.forEach((key, document) -> documents.put(key, document.deepCopy()));

        JsonMutations.apply(documents.get(target), originals.get(target), data, 8);
        if (signAgain && !target.equals(SeedCredentials.ENDORSEMENT_REVOCATIONS)) {
            documents.put(target, signAgain(documents.get(target)));
        }
        byte[] input = carrier.carry(documents.get(CREDENTIAL)).orElse(null);
        if (input == null) {
            return;
        }
        Map<String, byte[]> lists = new HashMap<>();
        STATUS_LISTS
                .keySet()
                .forEach(url -> lists.put(url, Json.write(documents.get(url)).getBytes(StandardCharsets.UTF_8)));
        Verifier verifier = Verifier.builder()
                .clock(NOW)
                .fetcher(new FixtureStatusLists(lists))
                .build();

        VerificationReport report = verifier.verify(input);

        assertWellFormed(report);
        if (documents.equals(originals)) {
            assertThat(report.checks())
                    .as("the unmutated credential as %s: %s", carrier, report.toJson())
                    .noneMatch(check -> check instanceof CheckResult.Failed || check instanceof CheckResult.Warning);
        }
        for (ObjectNode endorsement : endorsements(documents.get(CREDENTIAL))) {
            assertWellFormed(verifier.verify(endorsement));
        }
    }

    private static ObjectNode signAgain(ObjectNode document) {
        try {
            return SeedCredentials.sign(document);
        } catch (JsonLdException | CanonicalizationLimitException documented) {
            return document;
        }
    }

    /**
     * A report starts with the format check, names each check once, carries the credential exactly when it got past
     * the format check, and never holds a check that failed only because it threw: that safety net in {@link
     * Verifier} turns a bug into a failed check, and fuzzing should see the bug.
     */
    static void assertWellFormed(VerificationReport report) {
        assertThat(report.checks()).isNotEmpty();
        assertThat(report.checks().getFirst().id()).isEqualTo(CheckId.FORMAT);
        Set<CheckId> seen = new HashSet<>();
        for (CheckResult check : report.checks()) {
            assertThat(seen.add(check.id())).as("%s reported twice", check.id()).isTrue();
            assertThat(check.message()).as("%s message", check.id()).isNotNull();
            assertThat(check.message()).as("%s threw", check.id()).doesNotStartWith(SAFETY_NET);
        }
        assertThat(report.credential().isPresent()).isEqualTo(report.checks().size() > 1);
        assertThat(report.toJson().get("checks").size())
                .isEqualTo(report.checks().size());
    }

    /** The objects typed EndorsementCredential below the root, outside proofs, as the endorsements check finds them. */
    private static List<ObjectNode> endorsements(ObjectNode credential) {
        List<ObjectNode> found = new ArrayList<>();
        collectEndorsements(credential, found, true);
        return found;
    }

    private static void collectEndorsements(JsonNode node, List<ObjectNode> found, boolean root) {
        if (node instanceof ObjectNode object) {
            if (!root && typedAsEndorsement(object.path("type"))) {
                found.add(object);
                return;
            }
            object.properties().stream()
                    .filter(entry -> !entry.getKey().equals("proof"))
                    .forEach(entry -> collectEndorsements(entry.getValue(), found, false));
        } else if (node.isArray()) {
            node.forEach(element -> collectEndorsements(element, found, false));
        }
    }

    private static boolean typedAsEndorsement(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode value : type) {
                if (typedAsEndorsement(value)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && type.asText().equals(ENDORSEMENT);
    }
}
