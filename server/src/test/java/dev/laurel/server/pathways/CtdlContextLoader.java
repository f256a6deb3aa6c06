package dev.laurel.server.pathways;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/** Serves the CTDL context bundled with the server at its URL, and refuses every other URL: no network. */
final class CtdlContextLoader implements DocumentLoader {

    private final JsonDocument context;

    CtdlContextLoader() {
        try (InputStream in = CtdlContextLoader.class.getResourceAsStream("/pathways/ctdl-context.json")) {
            if (in == null) {
                throw new IllegalStateException("the CTDL context is not bundled at /pathways/ctdl-context.json");
            }
            context = JsonDocument.of(in);
            context.setDocumentUrl(URI.create(PathwayCtdl.CONTEXT));
        } catch (IOException | JsonLdError e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (url.toString().equals(PathwayCtdl.CONTEXT)) {
            return context;
        }
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not bundled: " + url);
    }
}
