package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.jsonld.BundledContexts;
import dev.laurel.credentials.key.Multibase;
import dev.laurel.server.platform.Problem;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A credential's {@code relatedResource} (VC Data Model 2.0 §5.3): an array of objects, each with an {@code id} no
 * other has and a {@code digestSRI} (SRI hash-expression: {@code sha256-}, {@code sha384-} or {@code sha512-} and the
 * base64 digest) or {@code digestMultibase} (a multibase multihash: sha2-256, sha2-384 or sha2-512). A resource Laurel
 * bundles — a JSON-LD context — is checked offline against the bundled bytes and a wrong digest refused; any other is
 * kept as given.
 */
final class RelatedResources {

    private static final String PROPERTY = "credential.relatedResource";

    /** SRI prefix → JCA algorithm and digest length. */
    private static final Map<String, Hash> SRI = Map.of(
            "sha256", new Hash("SHA-256", 32), "sha384", new Hash("SHA-384", 48), "sha512", new Hash("SHA-512", 64));

    /** Multihash code → JCA algorithm and digest length (multicodec table). */
    private static final Map<Integer, Hash> MULTIHASH =
            Map.of(0x12, new Hash("SHA-256", 32), 0x20, new Hash("SHA-384", 48), 0x13, new Hash("SHA-512", 64));

    private RelatedResources() {}

    static void check(ObjectNode credential) {
        JsonNode resources = credential.get("relatedResource");
        if (resources == null) {
            return;
        }
        if (!resources.isArray() || resources.isEmpty()) {
            throw malformed(PROPERTY + " must be an array of objects, each with an id and a digestSRI or "
                    + "digestMultibase (VC Data Model 2.0 §5.3)");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < resources.size(); i++) {
            String at = PROPERTY + "[" + i + "]";
            JsonNode resource = resources.get(i);
            if (!resource.isObject()) {
                throw malformed(at + " must be an object with an id and a digestSRI or digestMultibase");
            }
            JsonNode id = resource.get("id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                throw malformed(at + " has no id: name the resource its digest is of");
            }
            if (!ids.add(id.asText())) {
                throw malformed(at + " repeats the id " + id.asText() + ": each related resource is listed once");
            }
            if (!resource.has("digestSRI") && !resource.has("digestMultibase")) {
                throw malformed(at + " has neither digestSRI nor digestMultibase: give the digest of " + id.asText());
            }
            Optional<byte[]> bundled = BundledContexts.bytes(id.asText());
            for (String sri : strings(resource.get("digestSRI"), at + ".digestSRI")) {
                Digest digest = sri(sri, at + ".digestSRI");
                bundled.ifPresent(bytes -> digest.mustMatch(bytes, at + ".digestSRI", id.asText(), sriOf(bytes)));
            }
            for (String multibase : strings(resource.get("digestMultibase"), at + ".digestMultibase")) {
                Digest digest = multibase(multibase, at + ".digestMultibase");
                bundled.ifPresent(bytes -> digest.mustMatch(bytes, at + ".digestMultibase", id.asText(), null));
            }
        }
    }

    /** An SRI hash-expression; several may be given in one string, separated by spaces (SRI §3.5). */
    private static Digest sri(String expression, String at) {
        int dash = expression.indexOf('-');
        Hash hash = dash < 0 ? null : SRI.get(expression.substring(0, dash));
        if (hash == null) {
            throw malformed(at + " '" + expression + "' is not an SRI hash-expression: sha256-, sha384- or sha512- "
                    + "followed by the base64 digest");
        }
        String value = expression.substring(dash + 1);
        int options = value.indexOf('?');
        byte[] digest;
        try {
            digest = Base64.getDecoder().decode(options < 0 ? value : value.substring(0, options));
        } catch (IllegalArgumentException e) {
            throw malformed(at + " '" + expression + "': the digest is not base64");
        }
        if (digest.length != hash.length()) {
            throw malformed(at + " '" + expression + "': the digest is " + digest.length + " bytes, a "
                    + expression.substring(0, dash) + " digest " + hash.length());
        }
        return new Digest(hash.algorithm(), digest, expression);
    }

    private static Digest multibase(String value, String at) {
        byte[] multihash;
        try {
            multihash = Multibase.decode(value);
        } catch (IllegalArgumentException e) {
            throw malformed(at + " '" + value + "' is not multibase (z base58btc or u base64url): " + e.getMessage());
        }
        Hash hash = multihash.length < 2 ? null : MULTIHASH.get(multihash[0] & 0xff);
        if (hash == null || (multihash[1] & 0xff) != hash.length() || multihash.length != hash.length() + 2) {
            throw malformed(at + " '" + value + "' is not a multihash of a sha2-256, sha2-384 or sha2-512 digest");
        }
        return new Digest(hash.algorithm(), Arrays.copyOfRange(multihash, 2, multihash.length), value);
    }

    private static List<String> strings(JsonNode node, String at) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        for (JsonNode value : node.isArray() ? node : List.of(node)) {
            if (!value.isTextual() || value.asText().isBlank()) {
                throw malformed(at + " must be a string or an array of strings");
            }
            values.addAll(Arrays.asList(value.asText().strip().split("\\s+")));
        }
        return values;
    }

    private static String sriOf(byte[] bytes) {
        return "sha384-" + Base64.getEncoder().encodeToString(hash("SHA-384", bytes));
    }

    private static byte[] hash(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no " + algorithm, e);
        }
    }

    private static Problem malformed(String detail) {
        return VcApiProblem.MALFORMED_VALUE.problem(detail);
    }

    private record Hash(String algorithm, int length) {}

    /** A digest as given: its algorithm, its bytes and how it was written. */
    private record Digest(String algorithm, byte[] value, String given) {

        void mustMatch(byte[] resource, String at, String id, String expected) {
            if (!MessageDigest.isEqual(hash(algorithm, resource), value)) {
                throw malformed(at + " does not match " + id + " (the context as Laurel bundles it"
                        + (expected == null ? "" : ", whose digest is " + expected) + "): '" + given + "'");
            }
        }
    }
}
