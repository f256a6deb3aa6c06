package dev.laurel.credentials.bake;

/**
 * The Open Badges version whose baking rules a payload follows. Each names the PNG {@code iTXt} keyword, the SVG
 * namespace and the SVG element that carry it.
 */
public enum BadgeStandard {
    /** Open Badges 3.0: iTXt keyword {@code openbadgecredential}, SVG element {@code <openbadges:credential>}. */
    OPEN_BADGES_3_0("openbadgecredential", "https://purl.imsglobal.org/ob/v3p0", "credential"),
    /** Open Badges 2.0: iTXt keyword {@code openbadges}, SVG element {@code <openbadges:assertion>}. */
    OPEN_BADGES_2_0("openbadges", "http://openbadges.org", "assertion");

    final String pngKeyword;
    final String svgNamespace;
    final String svgElement;

    BadgeStandard(String pngKeyword, String svgNamespace, String svgElement) {
        this.pngKeyword = pngKeyword;
        this.svgNamespace = svgNamespace;
        this.svgElement = svgElement;
    }
}
