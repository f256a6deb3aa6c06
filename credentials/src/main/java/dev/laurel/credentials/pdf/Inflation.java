package dev.laurel.credentials.pdf;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A guard against compression bombs, run on a PDF's bytes before any parser decodes them: every stream that starts
 * as zlib data ({@code FlateDecode}, the compression PDFs use for object streams, fonts and files) is inflated into a
 * scratch buffer and counted, and the PDF is refused when all of them together inflate past a budget — where a
 * parser would have decoded each whole into memory. Thread-safe (stateless).
 */
final class Inflation {

    private static final byte[] STREAM = "stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Inflation() {}

    /** True when the zlib streams of {@code pdf} inflate to at most {@code budget} bytes in all. */
    static boolean within(byte[] pdf, long budget) {
        long total = 0;
        byte[] scratch = new byte[64 * 1024];
        Inflater inflater = new Inflater();
        try {
            for (int at = indexOf(pdf, 0); at >= 0; at = indexOf(pdf, at + STREAM.length)) {
                int data = dataStart(pdf, at);
                if (data < 0) {
                    continue;
                }
                inflater.reset();
                inflater.setInput(pdf, data, pdf.length - data);
                try {
                    while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                        int n = inflater.inflate(scratch);
                        total += n;
                        if (total > budget) {
                            return false;
                        }
                        if (n == 0 && inflater.getRemaining() == 0) {
                            break;
                        }
                    }
                } catch (DataFormatException e) {
                    // not zlib data, or damaged: a parser will say so, at no inflation cost
                }
            }
            return true;
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] pdf, int from) {
        outer:
        for (int i = from; i <= pdf.length - STREAM.length; i++) {
            for (int j = 0; j < STREAM.length; j++) {
                if (pdf[i + j] != STREAM[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Where the data of a stream whose keyword is at {@code at} starts, or -1 for {@code endstream} and look-alikes. */
    private static int dataStart(byte[] pdf, int at) {
        if (at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd') {
            return -1;
        }
        int after = at + STREAM.length;
        if (after < pdf.length && pdf[after] == '\r') {
            after++;
        }
        if (after < pdf.length && pdf[after] == '\n') {
            return after + 1;
        }
        return -1;
    }
}
