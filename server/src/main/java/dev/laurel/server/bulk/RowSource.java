package dev.laurel.server.bulk;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Rows streamed from an upload, one at a time, so a file of any length is read in bounded memory. */
interface RowSource {

    /** The columns the source names up front (a CSV header), or empty when it cannot know (a JSON array). */
    Set<String> columns();

    /** The header's columns as the file writes them, for the problem report; empty when it has none (JSON). */
    default List<String> header() {
        return List.of();
    }

    /**
     * Gives every row to {@code each}, in order.
     *
     * @throws FileProblem when the input cannot be read further
     */
    void forEach(Consumer<RowInput> each);
}
