package dev.laurel.credentials.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.rdf.BlankNode;
import dev.laurel.credentials.rdf.DefaultGraph;
import dev.laurel.credentials.rdf.GraphName;
import dev.laurel.credentials.rdf.Iri;
import dev.laurel.credentials.rdf.Literal;
import dev.laurel.credentials.rdf.Quad;
import dev.laurel.credentials.rdf.RdfTerm;
import dev.laurel.credentials.rdf.Resource;
import jakarta.json.JsonArray;
import jakarta.json.JsonStructure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The general JSON-LD 1.1 processor: a JSON-LD document to its RDF dataset, through Titanium with the {@link
 * BundledContexts} as the only document loader and undefined terms set to fail.
 *
 * <p>Titanium by default drops a property no context defines; a signature over the remaining quads would then still
 * verify after someone adds such a property — a forgery hole. Here that is a {@link JsonLdException} of kind {@link
 * JsonLdException.Kind#UNDEFINED_TERM}, and so are {@code @id} and {@code @type} values the conversion would drop
 * (relative or malformed IRIs, see {@link DroppedValues}). Numbers follow the JSON-LD algorithm exactly: a number with no fractional part
 * is an integer even when written {@code 42.0}, as JavaScript processors read it. Thread-safe.
 */
public final class JsonLdToRdf {

    private JsonLdToRdf() {}

    /**
     * The RDF dataset of {@code document}, blank nodes labelled as the processor issued them.
     *
     * @throws JsonLdException when the document uses an unknown context or undefined term, or is not valid JSON-LD
     */
    public static List<Quad> toRdf(JsonNode document) {
        JsonStructure json = JakartaJson.toStructure(document);
        List<Quad> quads = new ArrayList<>();
        try {
            JsonArray expanded =
                    JsonLd.expand(JsonDocument.of(json)).options(options()).get();
            DroppedValues.check(expanded);
            JsonLd.toRdf(JsonDocument.of(expanded))
                    .options(options())
                    .provide((s, p, o, datatype, language, direction, g) -> {
                        quads.add(
                                new Quad(resource(s), new Iri(p), object(o, datatype, language, direction), graph(g)));
                        return null;
                    });
        } catch (JsonLdError e) {
            throw translate(e, document);
        } catch (JsonLdException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JsonLdException(
                    JsonLdException.Kind.INVALID,
                    "the document cannot be processed as JSON-LD"
                            + (e.getMessage() == null ? "" : ": " + plain(e.getMessage())),
                    e);
        }
        return quads;
    }

    static JsonLdOptions options() {
        JsonLdOptions options = new JsonLdOptions(BundledContexts.instance());
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        return options;
    }

    private static Resource resource(String value) {
        return value.startsWith("_:") ? new BlankNode(value.substring(2)) : new Iri(value);
    }

    private static GraphName graph(String value) {
        return value == null ? DefaultGraph.INSTANCE : resource(value);
    }

    private static RdfTerm object(String value, String datatype, String language, String direction) {
        if (datatype == null) {
            return resource(value);
        }
        if (language != null && direction != null) {
            return Literal.directional(value, language, Literal.Direction.ofTag(direction));
        }
        if (language != null) {
            return Literal.languageTagged(value, language);
        }
        return Literal.typed(value, new Iri(datatype));
    }

    private static JsonLdException translate(JsonLdError error, JsonNode document) {
        JsonLdErrorCode code = error.getCode();
        String detail = plain(error.getMessage() == null ? code.toMessage() : error.getMessage());
        if (code == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED || code == JsonLdErrorCode.LOADING_DOCUMENT_FAILED) {
            JsonLdError cause = deepestError(error);
            if (cause != error
                    && cause.getCode() != JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED
                    && cause.getCode() != JsonLdErrorCode.LOADING_DOCUMENT_FAILED) {
                return translate(cause, document);
            }
            return new JsonLdException(JsonLdException.Kind.UNKNOWN_CONTEXT, plain(rootMessage(error)), error);
        }
        if (code == JsonLdErrorCode.UNDEFINED_TERM) {
            Matcher term = BRACKETED.matcher(detail);
            String what = term.find() ? "the property or type '" + term.group(1) + "' is" : "a property or type is";
            return new JsonLdException(
                    JsonLdException.Kind.UNDEFINED_TERM,
                    what + " not defined by any @context; undefined terms would be left out of the signature, so "
                            + "they are refused",
                    error);
        }
        if (code == JsonLdErrorCode.PROTECTED_TERM_REDEFINITION) {
            String term = ProtectedTerms.redefined(document)
                    .map(name -> "the protected term '" + name + "'")
                    .orElse("a protected term");
            return new JsonLdException(
                    JsonLdException.Kind.PROTECTED_TERM,
                    "an embedded @context redefines " + term + " of a context before it (JSON-LD 1.1 protected term "
                            + "definitions): the credential would change what a standard term means, so it is refused",
                    error);
        }
        return new JsonLdException(JsonLdException.Kind.INVALID, "invalid JSON-LD: " + detail, error);
    }

    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\]");

    /** The innermost JSON-LD error among the causes of {@code error}. */
    private static JsonLdError deepestError(JsonLdError error) {
        JsonLdError deepest = error;
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonLdError inner) {
                deepest = inner;
            }
        }
        return deepest;
    }

    /**
     * A processor message said about the input only: without the processor's error code ({@code [code=…]}) and
     * without its advice to programmers (which policy to set).
     */
    static String plain(String message) {
        String text = message.replaceAll("\\s*\\[code=[^\\]]*\\]", "")
                .replaceAll("\\.?\\s*Change policy to [^.]*\\.?", "")
                .replaceAll("(com\\.apicatalog|dev\\.laurel)[\\w.$]*(Exception|Error):?\\s*", "")
                .strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message != null && message.contains("unknown JSON-LD context") ? message : error.getMessage();
    }
}
