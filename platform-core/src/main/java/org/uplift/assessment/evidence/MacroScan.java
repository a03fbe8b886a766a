package org.uplift.assessment.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * Watches the bytes of an Office Open XML upload for a VBA macro project. Entry names are stored
 * uncompressed in a ZIP (in each local header and the central directory), so the name
 * {@code vbaProject} (of {@code vbaProject.bin} and its signature part) is found without inflating anything.
 * Office takes its macro part from the relationships, so a renamed part escapes this; Office does not run
 * macros of a file whose type is .docx/.xlsx/.pptx, and this is the second line.
 */
final class MacroScan {

    private static final byte[] NAME = "vbaproject".getBytes(StandardCharsets.US_ASCII);

    private final byte[] tail = new byte[NAME.length - 1];
    private int tailLength;

    /** Feeds the next bytes; refuses the file when they complete a macro project's name. */
    void feed(byte[] bytes, int offset, int length) {
        byte[] window = new byte[tailLength + length];
        System.arraycopy(tail, 0, window, 0, tailLength);
        System.arraycopy(bytes, offset, window, tailLength, length);
        for (int i = 0; i + NAME.length <= window.length; i++) {
            if (matchesAt(window, i)) {
                throw new InputRejectedException(Violation.of(EvidenceFiles.FILE, EvidenceFiles.MACROS));
            }
        }
        tailLength = Math.min(tail.length, window.length);
        System.arraycopy(window, window.length - tailLength, tail, 0, tailLength);
    }

    private static boolean matchesAt(byte[] window, int at) {
        for (int j = 0; j < NAME.length; j++) {
            if (Character.toLowerCase((char) (window[at + j] & 0xFF)) != NAME[j]) {
                return false;
            }
        }
        return true;
    }

    /** The rest of an upload, scanned as it is read. */
    InputStream scanning(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    feed(new byte[] {(byte) b}, 0, 1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int read = in.read(b, off, len);
                if (read > 0) {
                    feed(b, off, read);
                }
                return read;
            }
        };
    }
}
