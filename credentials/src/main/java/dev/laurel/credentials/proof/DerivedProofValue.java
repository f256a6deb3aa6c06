package dev.laurel.credentials.proof;

import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.Multibase;
import dev.laurel.credentials.key.Multikey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an {@code ecdsa-sd-2023} derived proof value (vc-di-ecdsa §3.5.7 parseDerivedProofValue): the issuer's
 * base signature, the proof-scoped P-256 key, one signature per selectively disclosed statement, the label map
 * (decompressed: {@code c14nN} to {@code u}-prefixed base64url labels) and the indexes of the mandatory statements.
 *
 * @param baseSignature the issuer's 64-byte signature of proofHash, publicKey and mandatoryHash
 * @param publicKey the proof-scoped key as Multikey bytes: {@code 0x80 0x24} and the 33-byte compressed P-256 point,
 *     35 bytes (the Recommendation's parseDerivedProofValue says 36, but its own base proof serialization and test
 *     vectors make 35)
 * @param signatures the 64-byte signatures of the non-mandatory statements, in order
 * @param labelMap the verifier's canonical blank node labels to the labels the issuer signed
 * @param mandatoryIndexes the positions of the mandatory statements among the disclosed ones
 */
record DerivedProofValue(
        byte[] baseSignature,
        byte[] publicKey,
        List<byte[]> signatures,
        Map<String, String> labelMap,
        List<Integer> mandatoryIndexes) {

    private static final byte[] BASE_HEADER = {(byte) 0xd9, 0x5d, 0x00};
    private static final byte[] DERIVED_HEADER = {(byte) 0xd9, 0x5d, 0x01};
    private static final byte[] P256_MULTIKEY = {(byte) 0x80, 0x24};
    private static final int SIGNATURE = 64;
    private static final int LABEL = 32;

    /**
     * Parses a {@code proofValue}.
     *
     * @throws IllegalArgumentException saying, in words for people, why the value is no derived proof: not base64url
     *     multibase, a base proof (which is for the holder, not for verifiers), another header, or components of the
     *     wrong kind or size
     */
    static DerivedProofValue parse(String proofValue) {
        if (!proofValue.startsWith("u")) {
            throw new IllegalArgumentException(
                    "the proofValue must be a base64url (u…) multibase value, as ecdsa-sd-2023 encodes it");
        }
        byte[] decoded;
        try {
            decoded = Multibase.decode(proofValue);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the proofValue is not a multibase value: " + e.getMessage());
        }
        if (startsWith(decoded, BASE_HEADER)) {
            throw new IllegalArgumentException(
                    "the proof is an ecdsa-sd-2023 base proof, which the issuer gives to the "
                            + "holder only; a verifier needs a derived proof, made by the holder from it, that discloses what "
                            + "the holder chose");
        }
        if (!startsWith(decoded, DERIVED_HEADER)) {
            throw new IllegalArgumentException(
                    "the proofValue does not start with the ecdsa-sd-2023 derived proof header (0xd9 0x5d 0x01)");
        }
        Object components;
        try {
            components = Cbor.decode(decoded, DERIVED_HEADER.length);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the derived proof value is not valid: " + e.getMessage());
        }
        if (!(components instanceof List<?> parts) || parts.size() != 5) {
            throw new IllegalArgumentException("the derived proof value must be an array of five components");
        }
        byte[] baseSignature = bytes(parts.get(0), SIGNATURE, "the base signature");
        byte[] publicKey = bytes(parts.get(1), P256_MULTIKEY.length + 33, "the proof-scoped public key");
        if (!startsWith(publicKey, P256_MULTIKEY)) {
            throw new IllegalArgumentException("the proof-scoped public key is not a P-256 Multikey");
        }
        List<byte[]> signatures = new ArrayList<>();
        for (Object signature : list(parts.get(2), "the signatures")) {
            signatures.add(bytes(signature, SIGNATURE, "each signature"));
        }
        if (!(parts.get(3) instanceof Map<?, ?> compressed)) {
            throw new IllegalArgumentException("the label map must be a map of integers to byte strings");
        }
        Map<String, String> labelMap = new LinkedHashMap<>();
        compressed.forEach((key, label) -> labelMap.put(
                "c14n" + key,
                "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(label, LABEL, "each label"))));
        List<Integer> mandatoryIndexes = new ArrayList<>();
        for (Object index : list(parts.get(4), "the mandatory indexes")) {
            if (!(index instanceof Long number) || number > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the mandatory indexes must be unsigned integers");
            }
            mandatoryIndexes.add(number.intValue());
        }
        return new DerivedProofValue(baseSignature, publicKey, List.copyOf(signatures), labelMap, mandatoryIndexes);
    }

    /** The proof-scoped key that made {@link #signatures}. */
    Multikey proofScopedKey() {
        return new Multikey(KeyType.P256, Arrays.copyOfRange(publicKey, P256_MULTIKEY.length, publicKey.length));
    }

    private static byte[] bytes(Object value, int length, String what) {
        if (!(value instanceof byte[] bytes) || bytes.length != length) {
            throw new IllegalArgumentException(what + " must be a byte string of " + length + " bytes");
        }
        return bytes;
    }

    private static List<?> list(Object value, String what) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(what + " must be an array");
        }
        return list;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
