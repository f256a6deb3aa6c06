package dev.laurel.credentials.proof;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.credentials.key.Multibase;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Proof values that are no {@code ecdsa-sd-2023} derived proof are refused with a reason, never half read. */
class DerivedProofValueTest {

    @Test
    void refusesABase58ProofValue() {
        assertThatThrownBy(() -> DerivedProofValue.parse("z3FXQjecWufY46"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base64url (u…) multibase");
    }

    @Test
    void refusesAnotherHeader() {
        assertThatThrownBy(() -> DerivedProofValue.parse(proofValue("d95d0280")))
                .hasMessageContaining("derived proof header (0xd9 0x5d 0x01)");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "d95d01, ends too early",
        "d95d0185, runs past the end",
        "d95d019f, indefinite-length CBOR",
        "d95d0185404080a080ff, 1 bytes follow",
        "d95d0181c240, unexpected CBOR tag",
        "d95d01816161, unexpected CBOR text string",
        "d95d018120, unexpected CBOR negative integer",
        "d95d01815bffffffffffffffff, larger than 2^63",
        "d95d01815a7fffffff, runs past the end",
        "d95d0181a200000001, appears twice",
        "d95d018181818181818180, nested deeper",
        "d95d0185404080a080, the base signature must be a byte string of 64 bytes",
    })
    void refusesMalformedCbor(String hex, String reason) {
        assertThatThrownBy(() -> DerivedProofValue.parse(proofValue(hex)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void refusesFourComponents() {
        assertThatThrownBy(() -> DerivedProofValue.parse(proofValue("d95d018440404080")))
                .hasMessageContaining("an array of five components");
    }

    private static String proofValue(String hex) {
        return Multibase.encodeBase64Url(HexFormat.of().parseHex(hex));
    }
}
