package dev.laurel.credentials.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the credential a certificate PDF carries as an embedded (PDF/A-3 associated) file. Bounded: a PDF over
 * {@link #MAX_PDF_BYTES}, one whose compressed streams inflate past {@link #MAX_INFLATED_BYTES} (checked before it is
 * parsed), objects nested deeper than the parser's stack, more than {@link #MAX_FILES} embedded files, or an embedded
 * credential whose decompressed bytes pass {@link #MAX_CREDENTIAL_BYTES} is unreadable, never read whole. Never
 * throws for bad input.
 * Thread-safe (stateless).
 */
public final class CertificatePdf {

    /** The embedded file that holds the credential's JSON. */
    public static final String JSON_FILE = "credential.json";

    /** The embedded file that holds a VC-JWT credential, as signed. */
    public static final String JWT_FILE = "credential.jwt";

    /** The largest PDF read. */
    public static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

    /** The largest embedded credential read, decompressed. */
    public static final int MAX_CREDENTIAL_BYTES = 2 * 1024 * 1024;

    static final int MAX_FILES = 100;

    /** All the PDF's compressed streams together inflate to at most this; more is a compression bomb. */
    static final long MAX_INFLATED_BYTES = 128L * 1024 * 1024;

    private CertificatePdf() {}

    /** True when {@code bytes} start as a PDF does ({@code %PDF-}). */
    public static boolean looksLikePdf(byte[] bytes) {
        return bytes != null
                && bytes.length >= 5
                && bytes[0] == '%'
                && bytes[1] == 'P'
                && bytes[2] == 'D'
                && bytes[3] == 'F'
                && bytes[4] == '-';
    }

    /** The credential {@code pdf} carries, or why there is none. */
    public static PdfContents read(byte[] pdf) {
        if (pdf.length > MAX_PDF_BYTES) {
            return new PdfContents.Unreadable("the PDF is " + pdf.length / (1024 * 1024)
                    + " MB: certificate PDFs are read up to " + MAX_PDF_BYTES / (1024 * 1024) + " MB");
        }
        if (!Inflation.within(pdf, MAX_INFLATED_BYTES)) {
            return new PdfContents.Unreadable("the PDF's compressed streams inflate to more than "
                    + MAX_INFLATED_BYTES / (1024 * 1024) + " MB: a compression bomb, not read");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                return encrypted();
            }
            Map<String, PDComplexFileSpecification> files = embeddedFiles(document);
            if (files == null) {
                return new PdfContents.Unreadable("the PDF embeds more than " + MAX_FILES + " files");
            }
            for (String name : List.of(JWT_FILE, JSON_FILE)) {
                PDComplexFileSpecification file = files.get(name);
                if (file != null) {
                    return contents(name, file);
                }
            }
            return new PdfContents.NoCredential();
        } catch (InvalidPasswordException e) {
            return encrypted();
        } catch (IOException | RuntimeException e) {
            return new PdfContents.Unreadable("not a readable PDF: " + e.getMessage());
        } catch (StackOverflowError e) {
            return new PdfContents.Unreadable("not a readable PDF: its objects are nested too deeply");
        }
    }

    private static PdfContents encrypted() {
        return new PdfContents.Unreadable(
                "the PDF is encrypted: a certificate PDF is not, so its credential cannot be read");
    }

    /** The embedded files by name, or null when there are more than {@link #MAX_FILES}. */
    private static Map<String, PDComplexFileSpecification> embeddedFiles(PDDocument document) throws IOException {
        Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null) {
            return files;
        }
        return collect(names.getEmbeddedFiles(), files, 0) ? files : null;
    }

    private static boolean collect(
            PDNameTreeNode<PDComplexFileSpecification> node, Map<String, PDComplexFileSpecification> files, int depth)
            throws IOException {
        if (depth > 10) {
            return false;
        }
        Map<String, PDComplexFileSpecification> here = node.getNames();
        if (here != null) {
            for (Map.Entry<String, PDComplexFileSpecification> entry : here.entrySet()) {
                files.putIfAbsent(entry.getKey(), entry.getValue());
                String named = entry.getValue().getFilename();
                if (named != null) {
                    files.putIfAbsent(named, entry.getValue());
                }
            }
        }
        if (files.size() > 2 * MAX_FILES) {
            return false;
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                if (!collect(kid, files, depth + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static PdfContents contents(String name, PDComplexFileSpecification file) throws IOException {
        PDEmbeddedFile embedded =
                file.getEmbeddedFileUnicode() != null ? file.getEmbeddedFileUnicode() : file.getEmbeddedFile();
        if (embedded == null) {
            return new PdfContents.Unreadable("the PDF names " + name + " but does not carry its bytes");
        }
        byte[] bytes;
        try (InputStream in = embedded.createInputStream()) {
            bytes = in.readNBytes(MAX_CREDENTIAL_BYTES + 1);
        }
        if (bytes.length > MAX_CREDENTIAL_BYTES) {
            return new PdfContents.Unreadable(
                    "the embedded " + name + " is larger than " + MAX_CREDENTIAL_BYTES / (1024 * 1024) + " MB");
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new PdfContents.Carried(name, text);
        } catch (CharacterCodingException e) {
            return new PdfContents.Unreadable("the embedded " + name + " is not UTF-8 text");
        }
    }
}
