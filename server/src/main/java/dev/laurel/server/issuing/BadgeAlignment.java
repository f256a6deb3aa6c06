package dev.laurel.server.issuing;

/**
 * An alignment of a badge to a framework item (Open Badges 3.0 Alignment).
 *
 * @param framework the framework's name, e.g. "ESCO"
 * @param code the item's code in it
 * @param name the item's name
 * @param url the item's URL
 */
public record BadgeAlignment(String framework, String code, String name, String url) {}
