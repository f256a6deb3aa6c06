package dev.laurel.server.applications;

import java.util.ArrayList;
import java.util.List;

/**
 * A badge's rubric: criteria, each with its levels from lowest to highest (OB 3.0 ResultDescription with
 * RubricCriterionLevels). The settings page writes it a criterion a line, {@code Criterion: Level | Level | Level}.
 *
 * @param criteria possibly none: the badge is then reviewed as a whole
 */
public record Rubric(List<Criterion> criteria) {

    static final Rubric NONE = new Rubric(List.of());
    static final int MAX_CRITERIA = 20;
    static final int MAX_LEVELS = 10;

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /** A criterion; its id ({@code c1}, {@code c2}, …) is its place. */
    public record Criterion(String id, String name, List<Level> levels) {
        public Criterion {
            levels = List.copyOf(levels);
        }

        public Level level(String levelId) {
            return levels.stream()
                    .filter(l -> l.id().equals(levelId))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A level; {@code points} is its place from 1, lowest first. */
    public record Level(String id, String name, int points) {}

    public boolean isEmpty() {
        return criteria.isEmpty();
    }

    public Criterion criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The rubric the text says, a criterion a line.
     *
     * @throws IllegalArgumentException naming the line when a line has no levels, or there are too many
     */
    static Rubric parse(String text) {
        List<Criterion> criteria = new ArrayList<>();
        if (text == null) {
            return NONE;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("line " + (criteria.size() + 1) + " has no levels after a colon");
            }
            String id = "c" + (criteria.size() + 1);
            List<Level> levels = new ArrayList<>();
            for (String name : line.substring(colon + 1).split("\\|")) {
                if (!name.isBlank()) {
                    levels.add(new Level(id + "-l" + (levels.size() + 1), clip(name), levels.size() + 1));
                }
            }
            if (levels.size() < 2 || levels.size() > MAX_LEVELS) {
                throw new IllegalArgumentException("“" + clip(line.substring(0, colon)) + "” needs 2 to " + MAX_LEVELS
                        + " levels, separated by |");
            }
            criteria.add(new Criterion(id, clip(line.substring(0, colon)), levels));
            if (criteria.size() > MAX_CRITERIA) {
                throw new IllegalArgumentException("at most " + MAX_CRITERIA + " criteria");
            }
        }
        return new Rubric(criteria);
    }

    /** The text {@link #parse} reads back to this rubric. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (Criterion criterion : criteria) {
            text.append(criterion.name()).append(": ");
            text.append(String.join(
                    " | ", criterion.levels().stream().map(Level::name).toList()));
            text.append('\n');
        }
        return text.toString();
    }

    private static String clip(String text) {
        String stripped = text.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
    }
}
