package dev.laurel.server.applications;

import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgePageLink;
import dev.laurel.server.issuing.BadgePageLinks;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A badge open for application offers "Apply for this badge" on its public page. */
@Component
class ApplyLinks implements BadgePageLinks {

    private final Applications applications;
    private final MessageSource messages;

    ApplyLinks(Applications applications, MessageSource messages) {
        this.applications = applications;
        this.messages = messages;
    }

    @Override
    public List<BadgePageLink> links(Badge badge, Locale locale) {
        return applications
                .opening(badge.id())
                .filter(Opening::open)
                .map(opening -> List.of(new BadgePageLink(
                        messages.getMessage("applications.public.apply", null, locale),
                        "/badges/" + badge.id() + "/apply",
                        true)))
                .orElse(List.of());
    }
}
