package dev.laurel.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON-LD contexts Laurel knows, bundled in the library: VC 1.1 and 2.0 (with their examples contexts, and the
 * W3C ODRL context the VC 1.1 examples context imports), Data Integrity, Multikey, Bitstring Status List, DID 1.0,
 * the W3C CCG Citizenship vocabulary v4rc1 (which the W3C {@code ecdsa-sd-2023} test vectors use), Open Badges 2.0 and 3.0 (3.0.1–3.0.3 and extensions), CLR 2.0. Where each file comes from: the test resources'
 * {@code spec/PROVENANCE.tsv}.
 *
 * <p>As a Titanium {@link DocumentLoader}, it serves those and refuses every other URL with a {@link JsonLdError}
 * whose message names the URL: Laurel never fetches a context from the network. Parsed once; thread-safe.
 */
public final class BundledContexts implements DocumentLoader {

    private static final String FOLDER = "/dev/laurel/credentials/jsonld/contexts/";

    private static final Map<String, String> FILES = files();

    private static final BundledContexts INSTANCE = new BundledContexts();

    private final Map<String, JsonDocument> documents = new LinkedHashMap<>();

    private BundledContexts() {
        FILES.forEach((url, file) -> documents.put(url, load(url, file)));
    }

    /** The shared loader. */
    public static BundledContexts instance() {
        return INSTANCE;
    }

    /** The context URLs served. */
    public static Set<String> urls() {
        return Collections.unmodifiableSet(FILES.keySet());
    }

    /** True when {@code url} is a bundled context. */
    public static boolean isBundled(String url) {
        return FILES.containsKey(url);
    }

    /**
     * The exact bytes of a bundled context, as served at its URL: what a {@code digestSRI} or {@code digestMultibase}
     * of it is computed over (VC Data Model 2.0 §5.3); empty when {@code url} is not bundled.
     */
    public static Optional<byte[]> bytes(String url) {
        String file = FILES.get(url);
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = BundledContexts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled context missing from the library: " + file);
            }
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonDocument document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, unknownContextMessage(url.toString()));
        }
        return document;
    }

    static String unknownContextMessage(String url) {
        return "unknown JSON-LD context " + url + ": Laurel only uses the contexts it bundles and never fetches one "
                + "from the network";
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld");
        files.put("https://www.w3.org/2018/credentials/v1", "credentials-v1.jsonld");
        files.put("https://www.w3.org/ns/credentials/examples/v2", "credentials-examples-v2.jsonld");
        files.put("https://www.w3.org/2018/credentials/examples/v1", "credentials-examples-v1.jsonld");
        files.put("https://www.w3.org/ns/odrl.jsonld", "odrl.jsonld");
        files.put("https://www.w3.org/ns/credentials/status/v1", "credentials-status-v1.jsonld");
        files.put("https://w3id.org/security/data-integrity/v2", "data-integrity-v2.jsonld");
        files.put("https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld");
        files.put("https://w3id.org/security/multikey/v1", "multikey-v1.jsonld");
        files.put("https://w3id.org/security/suites/ed25519-2020/v1", "ed25519-2020-v1.jsonld");
        files.put("https://www.w3.org/ns/did/v1", "did-v1.jsonld");
        files.put("https://w3id.org/citizenship/v4rc1", "citizenship-v4rc1.jsonld");
        files.put("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-v3p0-context-3.0.3.json");
        files.put("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "ob-v3p0-context-3.0.2.json");
        files.put("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "ob-v3p0-context-3.0.1.json");
        files.put("https://purl.imsglobal.org/spec/ob/v3p0/context.json", "ob-v3p0-context.json");
        files.put("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "ob-v3p0-extensions.json");
        files.put("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json", "clr-v2p0-context-2.0.1.json");
        files.put("https://purl.imsglobal.org/spec/clr/v2p0/context.json", "clr-v2p0-context.json");
        files.put("https://w3id.org/openbadges/v2", "ob-v2p0-context.json");
        files.put("https://openbadgespec.org/v2/context.json", "ob-v2p0-context.json");
        return Collections.unmodifiableMap(files);
    }

    private static JsonDocument load(String url, String file) {
        try (InputStream in = BundledContexts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled context missing from the library: " + file);
            }
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (JsonLdError e) {
            throw new IllegalStateException("bundled context " + file + " does not parse", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
