package dev.laurel.server.pathways;

import dev.laurel.server.platform.Problem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refused pathway as the builder shows it: the message next to the field its problem's {@code field} pointer names
 * ({@code name}, {@code description}, {@code goal}, else the tree), and for the tree the step it points into.
 *
 * @param field the form field: {@code name}, {@code description}, {@code goal} or {@code steps}
 * @param pointer the JSON pointer into the tree ({@code /steps/all/0/atLeast}), or null
 * @param step the id of the step named by the problem, or null
 */
record FieldError(String field, String message, String pointer, String step) {

    private static final Pattern STEP = Pattern.compile("\\(step ([A-Za-z0-9_-]+)\\)");

    static FieldError of(Problem refused) {
        String pointer = refused.properties().get("field") instanceof String text ? text : "/steps";
        String message = refused.detail();
        for (String field : new String[] {"name", "description", "goal"}) {
            if (pointer.equals("/" + field)) {
                return new FieldError(field, message, null, null);
            }
        }
        Matcher step = STEP.matcher(pointer);
        if (step.find()) {
            return new FieldError("steps", message, null, step.group(1));
        }
        return new FieldError("steps", message, pointer.startsWith("/steps") ? pointer : null, null);
    }

    public boolean on(String name) {
        return field.equals(name);
    }
}
