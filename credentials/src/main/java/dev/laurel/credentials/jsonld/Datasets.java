package dev.laurel.credentials.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.rdf.Quad;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON-LD to RDF ({@link JsonLdPaths#toRdf}) for one task, such as one verification, whose steps may convert the same
 * document more than once: the context check and the proof check both need the credential's dataset.
 *
 * <p>{@link #remembering()} keeps the answers for the last few documents — the dataset, or the refusal — and gives a
 * document equal to one of them (by JSON value) the same answer without converting it again; {@link #converting()}
 * converts every time. Documents must not change while they are remembered. Not thread-safe: one per task.
 */
public final class Datasets {

    private static final int REMEMBERED = 4;

    private final boolean remember;
    private final List<Answer> answers = new ArrayList<>(REMEMBERED);

    private Datasets(boolean remember) {
        this.remember = remember;
    }

    /** Remembers the last few conversions: one per verification, shared by its checks. */
    public static Datasets remembering() {
        return new Datasets(true);
    }

    /** Converts afresh every time, for one-off callers. */
    public static Datasets converting() {
        return new Datasets(false);
    }

    /**
     * The RDF dataset of {@code document}, as {@link JsonLdPaths#toRdf} gives it; unmodifiable.
     *
     * @throws JsonLdException when the document uses an unknown context or undefined term, or is not valid JSON-LD
     */
    public List<Quad> toRdf(JsonNode document) {
        for (Answer answer : answers) {
            if (answer.document() == document || answer.document().equals(document)) {
                return answer.get();
            }
        }
        Answer answer;
        try {
            answer = new Answer(document, List.copyOf(JsonLdPaths.toRdf(document)), null);
        } catch (JsonLdException refused) {
            answer = new Answer(document, null, refused);
        }
        if (remember) {
            if (answers.size() == REMEMBERED) {
                answers.removeFirst();
            }
            answers.add(answer);
        }
        return answer.get();
    }

    private record Answer(JsonNode document, List<Quad> dataset, JsonLdException refusal) {
        List<Quad> get() {
            if (refusal != null) {
                throw refusal;
            }
            return dataset;
        }
    }
}
