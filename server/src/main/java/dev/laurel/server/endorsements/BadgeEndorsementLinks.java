package dev.laurel.server.endorsements;

import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgePageLink;
import dev.laurel.server.issuing.BadgePageLinks;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The badge's public page links to its endorsements, saying how many organizations endorse it. */
@Component
class BadgeEndorsementLinks implements BadgePageLinks {

    private final EndorsementRows rows;
    private final MessageSource messages;

    BadgeEndorsementLinks(EndorsementRows rows, MessageSource messages) {
        this.rows = rows;
        this.messages = messages;
    }

    @Override
    public List<BadgePageLink> links(Badge badge, Locale locale) {
        int accepted = rows.acceptedCount(badge.id());
        return List.of(new BadgePageLink(
                messages.getMessage("endorsements.badge.link", new Object[] {accepted}, locale),
                "/badges/" + badge.id() + "/endorsements",
                false));
    }
}
