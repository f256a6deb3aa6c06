package dev.laurel.server.certificates;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Lays out a certificate's XHTML and writes it as PDF/A-3b (openhtmltopdf on PDFBox): the bundled fonts subset and
 * embedded, Unicode bidi and Arabic shaping (ICU), the sRGB output intent, and the given files attached as associated
 * files of the document ({@code /AF}, relationship {@code Source}). Thread-safe (a renderer per call).
 */
final class Typesetter {

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private Typesetter() {}

    /** The PDF/A-3b document of {@code xhtml}, carrying {@code attachments}, dated {@code now}. */
    static byte[] pdf(String xhtml, List<Attachment> attachments, Instant now) {
        PDDocument document = new PDDocument();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePDDocument(document)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B)
                .useColorProfile(SRGB)
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .defaultTextDirection(TextDirection.LTR)
                .withHtmlContent(xhtml, null);
        try (Fonts.Lease fonts = Fonts.offer(builder, document);
                PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            attach(document, attachments, now);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void attach(PDDocument document, List<Attachment> attachments, Instant now) throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        Calendar date =
                GregorianCalendar.from(now.atZone(TimeZone.getTimeZone("UTC").toZoneId()));
        Map<String, PDComplexFileSpecification> files = new TreeMap<>();
        COSArray associated = new COSArray();
        for (Attachment attachment : attachments) {
            PDEmbeddedFile embedded =
                    new PDEmbeddedFile(document, new ByteArrayInputStream(attachment.bytes()), COSName.FLATE_DECODE);
            embedded.setSubtype(attachment.mediaType());
            embedded.setSize(attachment.bytes().length);
            embedded.setCreationDate(date);
            embedded.setModDate(date);
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile(attachment.name());
            file.setFileUnicode(attachment.name());
            file.setFileDescription(attachment.description());
            file.setEmbeddedFile(embedded);
            file.setEmbeddedFileUnicode(embedded);
            file.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");
            files.put(attachment.name(), file);
            associated.add(file);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }
}
