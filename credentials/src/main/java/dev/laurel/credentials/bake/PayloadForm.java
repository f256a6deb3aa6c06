package dev.laurel.credentials.bake;

/** How a baked payload is written: decides where it goes in an SVG (element body or {@code verify} attribute). */
public enum PayloadForm {
    /** The JSON of a credential with an embedded proof, or of an Open Badges 2.0 assertion. */
    JSON,
    /** A compact JWS: an Open Badges 3.0 VC-JWT or a signed Open Badges 2.0 assertion. */
    COMPACT_JWS,
    /** The URL of a hosted Open Badges 2.0 assertion. Open Badges 3.0 has no such form. */
    URL
}
