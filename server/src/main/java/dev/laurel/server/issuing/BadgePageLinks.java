package dev.laurel.server.issuing;

import java.util.List;
import java.util.Locale;

/**
 * What a feature offers on a badge's public page {@code /badges/ID} (endorsements, applications…): each bean's links
 * are shown under the badge, so issuing needs to know none of those features.
 */
public interface BadgePageLinks {

    /** The links for {@code badge}, in the reader's {@code locale}; empty when the feature has nothing for it. */
    List<BadgePageLink> links(Badge badge, Locale locale);
}
