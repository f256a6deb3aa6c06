package dev.laurel.credentials.proof;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * serializeDerivedProofValue and serializeBaseProofValue (vc-di-ecdsa §3.5) for tests: a header and five components in
 * CBOR, as {@code u}-prefixed base64url. Writes shortest-form heads, as the reference implementation does.
 */
final class DerivedProofEncoder {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private DerivedProofEncoder() {}

    /** The proof value of {@code value}: its label map compressed back to integer keys and raw labels. */
    static String encode(DerivedProofValue value) {
        DerivedProofEncoder encoder = new DerivedProofEncoder();
        encoder.out.writeBytes(new byte[] {(byte) 0xd9, 0x5d, 0x01});
        encoder.head(4, 5);
        encoder.bytes(value.baseSignature());
        encoder.bytes(value.publicKey());
        encoder.head(4, value.signatures().size());
        value.signatures().forEach(encoder::bytes);
        encoder.head(5, value.labelMap().size());
        for (Map.Entry<String, String> entry : value.labelMap().entrySet()) {
            encoder.head(0, Long.parseLong(entry.getKey().substring("c14n".length())));
            encoder.bytes(Base64.getUrlDecoder().decode(entry.getValue().substring(1)));
        }
        List<Integer> indexes = value.mandatoryIndexes();
        encoder.head(4, indexes.size());
        indexes.forEach(index -> encoder.head(0, index));
        return encoder.base64url();
    }

    /** A base proof value with no mandatory pointers. */
    static String encodeBase(byte[] baseSignature, byte[] publicKey, byte[] hmacKey, List<byte[]> signatures) {
        DerivedProofEncoder encoder = new DerivedProofEncoder();
        encoder.out.writeBytes(new byte[] {(byte) 0xd9, 0x5d, 0x00});
        encoder.head(4, 5);
        encoder.bytes(baseSignature);
        encoder.bytes(publicKey);
        encoder.bytes(hmacKey);
        encoder.head(4, signatures.size());
        signatures.forEach(encoder::bytes);
        encoder.head(4, 0);
        return encoder.base64url();
    }

    private String base64url() {
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    private void bytes(byte[] value) {
        head(2, value.length);
        out.writeBytes(value);
    }

    private void head(int major, long argument) {
        int type = major << 5;
        if (argument < 24) {
            out.write(type | (int) argument);
        } else if (argument < 0x100) {
            out.write(type | 24);
            out.write((int) argument);
        } else if (argument < 0x10000) {
            out.write(type | 25);
            out.write((int) (argument >>> 8));
            out.write((int) argument & 0xff);
        } else {
            throw new IllegalArgumentException("not needed by the tests: " + argument);
        }
    }
}
