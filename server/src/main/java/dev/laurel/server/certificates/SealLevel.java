package dev.laurel.server.certificates;

/** How far a certificate's PAdES seal goes: a signature (B-B), time-stamped (B-T), with its validation data (B-LT). */
enum SealLevel {
    B_B("B-B"),
    B_T("B-T"),
    B_LT("B-LT");

    private final String label;

    SealLevel(String label) {
        this.label = label;
    }

    /** As ETSI names it: {@code B-B}, {@code B-T}, {@code B-LT}. */
    String label() {
        return label;
    }
}
