package dev.laurel.server.pathways;

import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A pathway's tree drawn as SVG, server-side: each step a box (its badge's name and image, or what it asks for), each
 * group's rule on its box, milestones marked, lines from the goal down to the requirements; with an earner's progress,
 * steps done, in progress and to do in three styles that differ by more than colour. Accessible: a {@code title} and
 * {@code desc}, text as text.
 *
 * <p>The tree is drawn top-down and indented (the goal at the top, each level a step to the right), one step a row, in a
 * narrow {@code viewBox} that scales to its container: as readable on a 390-pixel phone as on a desktop. Badge images
 * are {@code <image href="/badges/ID/image">}, same-origin, for the SVG shown inline in a page.
 */
@Component
class PathwayDiagram {

    private final StepNames names;
    private final MessageSource messages;

    PathwayDiagram(StepNames names, MessageSource messages) {
        this.names = names;
        this.messages = messages;
    }

    /** The SVG document of {@code pathway}, with {@code progress} shown when not null. */
    String svg(Pathway pathway, Progress progress) {
        return new DiagramDrawing(pathway, progress, looks(pathway)).svg();
    }

    /** What the pages show of the pathway's steps, in the reader's language. */
    Looks looks(Pathway pathway) {
        StepNames.Names named = names.of(pathway);
        Locale locale = LocaleContextHolder.getLocale();
        return new Looks() {
            @Override
            public String name(Step step) {
                return named.of(step);
            }

            @Override
            public BadgeId image(Step step) {
                BadgeId badge =
                        switch (step) {
                            case Step.OwnBadge own -> own.badge();
                            case Step.Group group -> pathway.award(group);
                            default -> null;
                        };
                return badge == null ? null : named.badge(badge).map(Badge::id).orElse(null);
            }

            @Override
            public String badgeName(BadgeId badge) {
                return named.badge(badge).map(Badge::name).orElse(null);
            }

            @Override
            public Badge badge(BadgeId badge) {
                return named.badge(badge).orElse(null);
            }

            @Override
            public String text(String key, Object... arguments) {
                return messages.getMessage(key, arguments, locale);
            }
        };
    }

    /** What the drawing shows of each step: names and images from the badges, texts in the reader's language. */
    interface Looks {

        /** What the step is called ({@link StepNames}). */
        String name(Step step);

        /** The badge whose image the step shows (its own badge, a milestone, the goal), or null. */
        BadgeId image(Step step);

        /** A badge's name, or null when it is gone. */
        String badgeName(BadgeId badge);

        /** The badge of this id, or null when it is gone. */
        default Badge badge(BadgeId badge) {
            return null;
        }

        /** The text of a message key (in {@code messages/pathways.properties}). */
        String text(String key, Object... arguments);
    }
}
