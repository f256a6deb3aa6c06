package dev.laurel.credentials.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Structural mutations of a JSON tree, each decision taken from the fuzzer's data: put, remove, replace, rename,
 * wrap in an array, or graft a copy of another subtree. Values come from the fuzzer or from a dictionary of the terms,
 * IRIs, dates and numbers that credentials use, so mutants stay close enough to a credential to reach the JSON-LD,
 * canonicalization, proof and status code.
 */
final class JsonMutations {

    /** Trees past this many containers are not grown further: grafting doubles a tree quickly. */
    private static final int MAX_CONTAINERS = 2_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> KEYS = List.of(
            "@context",
            "@id",
            "@type",
            "@value",
            "@language",
            "@direction",
            "@list",
            "@set",
            "@graph",
            "@vocab",
            "@base",
            "@reverse",
            "@included",
            "@nest",
            "@json",
            "@index",
            "@protected",
            "@container",
            "id",
            "type",
            "issuer",
            "credentialSubject",
            "proof",
            "validFrom",
            "validUntil",
            "issuanceDate",
            "expirationDate",
            "credentialStatus",
            "statusListIndex",
            "statusListCredential",
            "statusPurpose",
            "statusSize",
            "encodedList",
            "endorsement",
            "endorsementJwt",
            "evidence",
            "credentialSchema",
            "termsOfUse",
            "name",
            "description",
            "achievement",
            "identifier",
            "criteria",
            "verificationMethod",
            "proofValue",
            "cryptosuite",
            "created",
            "expires",
            "proofPurpose",
            "challenge",
            "domain",
            "previousProof",
            "nonce",
            "image",
            "result",
            "alignment",
            "awardedDate",
            "recipient",
            "badge",
            "verification",
            "revokedCredentials");

    private static final List<String> STRINGS = List.of(
            "",
            "https://www.w3.org/ns/credentials/v2",
            "https://www.w3.org/2018/credentials/v1",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
            "https://w3id.org/openbadges/v2",
            "https://w3id.org/security/data-integrity/v2",
            "VerifiableCredential",
            "OpenBadgeCredential",
            "AchievementCredential",
            "EndorsementCredential",
            "ClrCredential",
            "AchievementSubject",
            "Profile",
            "Achievement",
            "BitstringStatusListEntry",
            "BitstringStatusListCredential",
            "1EdTechRevocationList",
            "DataIntegrityProof",
            "Ed25519Signature2020",
            "eddsa-rdfc-2022",
            "ecdsa-rdfc-2019",
            "assertionMethod",
            "authentication",
            "revocation",
            "suspension",
            "message",
            "did:key:z6Mkon3Necd6NkkyfoGoHxid2znGc59LU3K7mubaRcFbLfLX",
            "did:key:z6Mkon3Necd6NkkyfoGoHxid2znGc59LU3K7mubaRcFbLfLX#z6Mkon3Necd6NkkyfoGoHxid2znGc59LU3K7mubaRcFbLfLX",
            "did:key:z",
            "did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169",
            "did:jwk:eyJrdHkiOiJPS1AiLCJjcnYiOiJFZDI1NTE5IiwieCI6IjExcVlBWUt4Q3JmVlNfN1R5V1FIT2c3aGN2UGFwaU1scndJYWFQY0hVUm8ifQ",
            "did:web:example.com",
            "did:example:ebfeb1f712ebc6f1c276e12ec21",
            "https://status.example/lists/revocation",
            "https://status.example/lists/suspension",
            "https://status.example/lists/revocation#7",
            "http://127.0.0.1/",
            "urn:uuid:2d3b6a3e-4c7e-4c4b-9c43-1f7c2b1e0a11",
            "_:b0",
            "z",
            "zz",
            "u",
            "7",
            "-1",
            "131072",
            "99999999999999999999",
            "H4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA",
            "2026-01-01T00:00:00Z",
            "2026-01-01T00:00:00",
            "2026-01-01",
            "2026-13-45T99:99:99Z",
            "0000-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z",
            "2026-01-01T00:00:00.123456789+14:00",
            "en",
            "ar-EG_rtl",
            "\u0000",
            "]]>",
            "<!--",
            "\uD800");

    private static final List<JsonNode> NUMBERS = List.of(
            Json.parse("0"),
            Json.parse("-0"),
            Json.parse("7"),
            Json.parse("-1"),
            Json.parse("2147483648"),
            Json.parse("123456789012345678901234567890"),
            Json.parse("1e400"),
            Json.parse("0.1"),
            Json.parse("1.0E-400"));

    private final FuzzedDataProvider data;
    private final JsonNode original;

    private JsonMutations(FuzzedDataProvider data, JsonNode original) {
        this.data = data;
        this.original = original;
    }

    /** Applies up to {@code max} mutations to {@code tree} in place; copies for grafts come from {@code original}. */
    static void apply(ObjectNode tree, JsonNode original, FuzzedDataProvider data, int max) {
        JsonMutations mutations = new JsonMutations(data, original);
        int count = data.consumeInt(0, max);
        for (int i = 0; i < count; i++) {
            List<ContainerNode<?>> containers = containers(tree);
            if (containers.size() > MAX_CONTAINERS) {
                return;
            }
            switch (data.pickValue(containers)) {
                case ObjectNode object -> mutations.mutate(object, containers);
                case ArrayNode array -> mutations.mutate(array, containers);
                default -> throw new IllegalStateException("a container is an object or an array");
            }
        }
    }

    private void mutate(ObjectNode object, List<ContainerNode<?>> containers) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        int op = data.consumeInt(0, 5);
        if (names.isEmpty() || op == 0) {
            object.set(key(), value(2));
            return;
        }
        String name = data.pickValue(names);
        switch (op) {
            case 1 -> object.remove(name);
            case 2 -> object.set(name, value(2));
            case 3 -> object.set(key(), object.remove(name));
            case 4 -> object.set(name, wrapOrUnwrap(object.get(name)));
            default -> object.set(name, data.pickValue(containers).deepCopy());
        }
    }

    private void mutate(ArrayNode array, List<ContainerNode<?>> containers) {
        int op = data.consumeInt(0, 4);
        if (array.isEmpty() || op == 0) {
            array.insert(data.consumeInt(0, array.size()), value(2));
            return;
        }
        int index = data.consumeInt(0, array.size() - 1);
        switch (op) {
            case 1 -> array.remove(index);
            case 2 -> array.set(index, value(2));
            case 3 -> array.set(index, wrapOrUnwrap(array.get(index)));
            default -> array.insert(index, data.pickValue(containers).deepCopy());
        }
    }

    private JsonNode wrapOrUnwrap(JsonNode node) {
        if (node.isArray() && !node.isEmpty()) {
            return node.get(0);
        }
        return NODES.arrayNode().add(node);
    }

    private String key() {
        return data.consumeBoolean() ? data.consumeString(24) : data.pickValue(KEYS);
    }

    private JsonNode value(int depth) {
        int kind = data.consumeInt(0, depth > 0 ? 10 : 7);
        return switch (kind) {
            case 0 -> NODES.textNode(data.consumeString(48));
            case 1, 2 -> NODES.textNode(data.pickValue(STRINGS));
            case 3 -> NODES.numberNode(data.consumeLong());
            case 4 -> data.pickValue(NUMBERS).deepCopy();
            case 5 -> NODES.booleanNode(data.consumeBoolean());
            case 6 -> NODES.nullNode();
            case 7 -> data.pickValue(containers(original)).deepCopy();
            case 8 -> NODES.objectNode().set(key(), value(depth - 1));
            case 9 -> NODES.arrayNode().add(value(depth - 1));
            default -> NODES.arrayNode().add(value(depth - 1)).add(value(depth - 1));
        };
    }

    private static List<ContainerNode<?>> containers(JsonNode root) {
        List<ContainerNode<?>> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> found) {
        if (node instanceof ContainerNode<?> container) {
            found.add(container);
            node.forEach(child -> collect(child, found));
        }
    }
}
