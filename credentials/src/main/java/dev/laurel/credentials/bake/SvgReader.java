package dev.laurel.credentials.bake;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an SVG document with the JDK's StAX parser, configured so that no DTD is processed and nothing outside the
 * document is ever resolved, and returns the first baked credential element. The whole document is read, so a
 * document that is not well-formed anywhere is unreadable.
 */
final class SvgReader {

    private SvgReader() {}

    static UnbakeResult read(byte[] image) {
        Optional<XmlProlog> prolog = XmlProlog.scan(image);
        if (prolog.isEmpty()) {
            return new UnbakeResult.Unreadable(Baker.NOT_AN_IMAGE);
        }
        if (prolog.get().internalSubset()) {
            return new UnbakeResult.Unreadable(
                    "SVG declares a DOCTYPE with an internal subset (entity declarations), refused");
        }
        Optional<String> encoding = prolog.get().encoding();
        if (encoding.isEmpty() || encoding.get().equalsIgnoreCase("UTF-8")) {
            Optional<Integer> malformed = firstMalformedUtf8(image);
            if (malformed.isPresent()) {
                return new UnbakeResult.Unreadable("SVG is not valid UTF-8 at byte " + malformed.get());
            }
        }
        XMLStreamReader reader = null;
        try {
            reader = secureFactory().createXMLStreamReader(new ByteArrayInputStream(image));
            UnbakeResult result = new UnbakeResult.NotBaked(ImageKind.SVG);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    return entityRefused(reader);
                }
                if (event == XMLStreamConstants.START_ELEMENT && result instanceof UnbakeResult.NotBaked) {
                    Optional<BadgeStandard> standard = credentialStandard(reader);
                    if (standard.isPresent()) {
                        result = SvgCredentialElement.read(reader, standard.get());
                        if (result instanceof UnbakeResult.Unreadable) {
                            return result;
                        }
                    }
                }
            }
            return result;
        } catch (XMLStreamException | RuntimeException e) {
            // The JDK parser is the boundary here: whatever it throws on hostile input means the document is
            // unreadable.
            String message = oneLine(e.getMessage());
            return new UnbakeResult.Unreadable(
                    message.contains("JAXP000")
                            ? "SVG exceeds a limit of the XML parser: " + message
                            : "SVG is not well-formed XML: " + message);
        } finally {
            close(reader);
        }
    }

    static UnbakeResult entityRefused(XMLStreamReader reader) {
        return new UnbakeResult.Unreadable("SVG references the undeclared entity &" + reader.getLocalName()
                + "; which is never expanded, refused");
    }

    private static Optional<BadgeStandard> credentialStandard(XMLStreamReader reader) {
        for (BadgeStandard standard : BadgeStandard.values()) {
            if (standard.svgNamespace.equals(reader.getNamespaceURI())
                    && standard.svgElement.equals(reader.getLocalName())) {
                return Optional.of(standard);
            }
        }
        return Optional.empty();
    }

    private static XMLInputFactory secureFactory() {
        // The JDK's own implementation, whatever else is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> InputStream.nullInputStream());
        return factory;
    }

    /** The JDK's StAX parser replaces malformed UTF-8 silently; XML makes it a fatal error, and so does splicing. */
    private static Optional<Integer> firstMalformedUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        while (true) {
            CoderResult result = decoder.decode(in, out.clear(), true);
            if (result.isError()) {
                return Optional.of(in.position());
            }
            if (result.isUnderflow()) {
                return decoder.flush(out.clear()).isError() ? Optional.of(in.position()) : Optional.empty();
            }
        }
    }

    private static String oneLine(String message) {
        return message == null
                ? "unknown error"
                : message.replaceAll("\\s+", " ").strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing to release: the input is an in-memory array
            }
        }
    }
}
