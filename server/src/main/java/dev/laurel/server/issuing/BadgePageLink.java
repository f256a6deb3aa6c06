package dev.laurel.server.issuing;

/**
 * A link another feature adds to a badge's public page ({@link BadgePageLinks}): what it says and where it goes.
 *
 * @param label the link's text, already in the reader's language
 * @param href the address, absolute or from the site's root
 * @param primary shown as a button rather than a plain link (for example "Apply for this badge")
 */
public record BadgePageLink(String label, String href, boolean primary) {}
