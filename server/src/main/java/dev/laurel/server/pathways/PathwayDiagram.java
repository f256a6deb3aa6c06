package dev.laurel.server.pathways;

import org.springframework.stereotype.Component;

/**
 * A pathway's tree drawn as SVG, server-side: each step a box (its badge's name and image, or what it asks for), each
 * group's rule on its box, milestones marked, lines from the goal down to the requirements; with an earner's progress,
 * steps done, in progress and to do in three styles that differ by more than colour. Accessible: a {@code title} and
 * {@code desc}, text as text.
 */
@Component
class PathwayDiagram {

    private final StepNames names;

    PathwayDiagram(StepNames names) {
        this.names = names;
    }

    /** The SVG document of {@code pathway}, with {@code progress} shown when not null. */
    String svg(Pathway pathway, Progress progress) {
        throw new UnsupportedOperationException("not yet: the public-pages helper draws it");
    }
}
