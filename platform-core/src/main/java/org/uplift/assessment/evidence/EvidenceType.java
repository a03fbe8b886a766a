package org.uplift.assessment.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of file accepted as evidence. A file is of a kind only when both its extension and its
 * first bytes say so; the content type stored is the kind's own, whatever the client claimed.
 * Office Open XML files are ZIP containers, so within that family the extension tells the kinds apart.
 * Formats that can carry macros are not accepted (see {@link #macroCapable}).
 */
public enum EvidenceType {

    PDF("application/pdf", Magic.PDF, "pdf"),
    PNG("image/png", Magic.PNG, "png"),
    JPEG("image/jpeg", Magic.JPEG, "jpg", "jpeg"),
    GIF("image/gif", Magic.GIF, "gif"),
    WEBP("image/webp", Magic.WEBP, "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP, "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Magic.ZIP, "pptx");

    /**
     * Office formats that can carry macros: the legacy OLE2 ones (whose macros cannot be told apart
     * without parsing the compound file) and the macro-enabled Office Open XML ones. Refused by name.
     */
    private static final java.util.Set<String> MACRO_CAPABLE = java.util.Set.of("doc", "dot", "xls", "xlt", "xla",
            "ppt", "pot", "pps", "docm", "dotm", "xlsm", "xltm", "xlsb", "xlam", "pptm", "potm", "ppsm", "ppam");

    /** Enough leading bytes to recognise every kind. */
    static final int HEADER_BYTES = 16;

    private final String contentType;
    private final Magic magic;
    private final List<String> extensions;

    EvidenceType(String contentType, Magic magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** Lower-case extensions without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** Every accepted extension with its dot, as an upload field's accept list or a message shows them. */
    public static List<String> acceptedExtensions() {
        return Arrays.stream(values()).flatMap(t -> t.extensions.stream()).map(e -> "." + e).toList();
    }

    public static List<String> acceptedContentTypes() {
        return Arrays.stream(values()).map(EvidenceType::contentType).toList();
    }

    static String acceptedList() {
        return acceptedExtensions().stream().collect(Collectors.joining(", "));
    }

    /** Whether a file of this name could be accepted (its content is checked when it arrives). */
    public static boolean accepts(String filename) {
        return byName(filename).isPresent();
    }

    /** Whether a file of this name is an Office format that can carry macros. */
    static boolean macroCapable(String filename) {
        return MACRO_CAPABLE.contains(extensionOf(filename));
    }

    /** Whether this kind is a ZIP container that could hold a macro project. */
    boolean isZip() {
        return magic == Magic.ZIP;
    }

    /**
     * The kind of a file whose whole content is at hand, when its name and its first bytes agree (never for a
     * macro-capable name): the evidence rules for other uploads, such as a provider's certificate scans.
     */
    public static Optional<EvidenceType> recognise(String filename, byte[] content) {
        if (content == null || macroCapable(filename)) {
            return Optional.empty();
        }
        return byName(filename).filter(t -> t.matches(content, Math.min(content.length, HEADER_BYTES)));
    }

    /** The kind a file name claims by its extension, if any. */
    static Optional<EvidenceType> byName(String filename) {
        String extension = extensionOf(filename);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    /** The lower-case extension of a file name without the dot; empty when it has none. */
    static String extensionOf(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the leading bytes of the content are those of this kind. */
    boolean matches(byte[] header, int length) {
        return magic.matches(header, length);
    }

    private enum Magic {
        PDF(bytes("%PDF-")),
        PNG(new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
        JPEG(new int[] {0xFF, 0xD8, 0xFF}),
        GIF(bytes("GIF8")),
        WEBP(bytes("RIFF")) {
            @Override
            boolean matches(byte[] header, int length) {
                return super.matches(header, length) && length >= 12 && startsWith(header, length, 8, bytes("WEBP"));
            }
        },
        ZIP(new int[] {'P', 'K', 0x03, 0x04});

        private final int[] signature;

        Magic(int[] signature) {
            this.signature = signature;
        }

        boolean matches(byte[] header, int length) {
            return startsWith(header, length, 0, signature);
        }

        static boolean startsWith(byte[] header, int length, int offset, int[] expected) {
            if (length < offset + expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if ((header[offset + i] & 0xFF) != expected[i]) {
                    return false;
                }
            }
            return true;
        }

        static int[] bytes(String ascii) {
            return ascii.chars().toArray();
        }
    }
}
