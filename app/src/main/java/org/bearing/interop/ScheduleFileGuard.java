package org.bearing.interop;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Screens a file before any parser sees it, refusing what would hurt the server rather than merely fail: a file over
 * the size limit, an empty file, XML with a document type declaration (the door to external entities, XXE, and to
 * entity expansion, "billion laughs"; no schedule format needs one), and a zip container that expands beyond the
 * limit or at a bomb's ratio (MPXJ opens zip archives, and XLSX/MPP-in-zip are zips).
 */
final class ScheduleFileGuard {
    private static final int PROLOG_BYTES = 64 * 1024;

    private final ImportLimits limits;

    ScheduleFileGuard(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * @param label how to name the file in messages (its original name)
     * @throws ImportTooLargeException over the size limit
     * @throws ScheduleFileException   empty, a DOCTYPE, or a zip bomb
     */
    void check(Path file, String label) throws ScheduleFileException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ScheduleFileException(label + ": cannot be read: " + e.getMessage(), e);
        }
        if (size > limits.maxBytes()) {
            throw new ImportTooLargeException(label + ": " + size + " bytes is over the import limit of " + limits.maxBytes() + " bytes");
        }
        if (size == 0) {
            throw new ScheduleFileException(label + ": the file is empty");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(8);
            byte[] magic = in.readNBytes(4);
            in.reset();
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                checkZip(in, size, label);
            } else {
                checkXmlProlog(in.readNBytes(PROLOG_BYTES), label + "");
            }
        } catch (IOException e) {
            throw new ScheduleFileException(label + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Expands every entry to count its bytes (nothing is kept) and screens XML entries' prologs. */
    private void checkZip(InputStream raw, long compressedSize, String label) throws IOException, ScheduleFileException {
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                long entryBytes = 0;
                byte[] head = null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    if (head == null) {
                        head = java.util.Arrays.copyOf(buffer, Math.min(n, PROLOG_BYTES));
                    }
                    entryBytes += n;
                    total += n;
                    if (total > limits.maxExpandedBytes()) {
                        throw new ScheduleFileException(label + ": refused as a zip bomb: it expands beyond "
                                + limits.maxExpandedBytes() + " bytes");
                    }
                    long compressed = entry.getCompressedSize() > 0 ? entry.getCompressedSize() : compressedSize;
                    if (entryBytes > 1 << 20 && (double) compressed / entryBytes < limits.minInflateRatio()) {
                        throw new ScheduleFileException(label + ": refused as a zip bomb: entry '" + entry.getName()
                                + "' expands more than " + Math.round(1 / limits.minInflateRatio()) + " times");
                    }
                }
                if (head != null) {
                    checkXmlProlog(head, label + " (entry " + entry.getName() + ")");
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new ScheduleFileException(label + ": a damaged zip archive: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses XML whose prolog (everything before the root element) declares a document type. Text that does not
     * look like XML passes: other readers judge it.
     */
    static void checkXmlProlog(byte[] head, String label) throws ScheduleFileException {
        String text = decode(head);
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '<') {
            return;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        while (i < text.length()) {
            int lt = upper.indexOf('<', i);
            if (lt < 0 || lt + 1 >= text.length()) {
                return;
            }
            char next = text.charAt(lt + 1);
            if (upper.startsWith("<!DOCTYPE", lt) || upper.startsWith("<!ENTITY", lt)) {
                throw new ScheduleFileException(label + ": XML with a document type declaration (DOCTYPE) is refused: "
                        + "it can pull in external entities or expand without bound, and no schedule format needs one");
            }
            if (next == '?') {
                int end = upper.indexOf("?>", lt);
                i = end < 0 ? text.length() : end + 2;
            } else if (upper.startsWith("<!--", lt)) {
                int end = upper.indexOf("-->", lt);
                i = end < 0 ? text.length() : end + 3;
            } else {
                return; // the root element: the prolog is over
            }
        }
    }

    private static String decode(byte[] head) {
        Charset charset = StandardCharsets.ISO_8859_1;
        if (head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF || head[0] == 0 && head[1] == '<')) {
            charset = StandardCharsets.UTF_16BE;
        } else if (head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE || head[0] == '<' && head[1] == 0)) {
            charset = StandardCharsets.UTF_16LE;
        }
        return new String(head, charset);
    }
}
