package org.uplift.assessment.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** File contents with the leading bytes real files of each kind have. */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] pdf(int size) {
        return withHeader("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size);
    }

    public static byte[] png(int size) {
        return withHeader(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, size);
    }

    public static byte[] jpeg(int size) {
        return withHeader(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, size);
    }

    /** A ZIP container, as every .docx/.xlsx/.pptx is. */
    public static byte[] officeOpenXml(int size) {
        return withHeader(new byte[] {'P', 'K', 0x03, 0x04}, size);
    }

    /** A real ZIP (as a .docx is) whose last entry is a VBA project, far past the first upload buffer. */
    public static byte[] officeOpenXmlWithMacros(int size) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new java.util.zip.ZipEntry("padding.bin"));
            zip.setLevel(0);
            zip.write(new java.util.Random(7).ints(size).collect(java.io.ByteArrayOutputStream::new,
                    (out, i) -> out.write(i), (a, b) -> { }).toByteArray());
            zip.putNextEntry(new java.util.zip.ZipEntry("word/vbaProject.bin"));
            zip.write(new byte[] {1, 2, 3});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An OLE2 compound file, as every legacy .doc/.xls/.ppt is. */
    public static byte[] legacyOffice(int size) {
        return withHeader(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, size);
    }

    /** A Windows executable. */
    public static byte[] exe(int size) {
        return withHeader(new byte[] {'M', 'Z', (byte) 0x90, 0}, size);
    }

    private static byte[] withHeader(byte[] header, int size) {
        byte[] content = Arrays.copyOf(header, Math.max(size, header.length));
        for (int i = header.length; i < content.length; i++) {
            content[i] = (byte) ('a' + i % 26);
        }
        return content;
    }
}
