package no.veiviser.portfolio.internal;

import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import no.veiviser.portfolio.FileType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether a file's content is what its first bytes claim, read far enough to tell: a PDF that PDFBox
 * opens and that has a page, an image that ImageIO decodes (at a fraction of its size, so that a
 * huge or crafted image cannot exhaust memory) with sane dimensions. The first bytes alone let a file
 * that only starts like a PDF through.
 */
public final class FileContents {

    /** Larger than any page scan or phone photo; beyond is refused unread. */
    private static final long MOST_PIXELS = 100_000_000L;
    private static final long PDF_MEMORY = 64L * 1024 * 1024;

    private FileContents() {
    }

    public static boolean readable(FileType type, byte[] content) {
        try {
            return type == FileType.PDF ? readablePdf(content) : readableImage(content);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean readablePdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY).streamCache)) {
            return document.getNumberOfPages() > 0;
        }
    }

    private static boolean readableImage(byte[] content) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            if (input == null) {
                return false;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                Dimension size = new Dimension(reader.getWidth(0), reader.getHeight(0));
                if (size.width <= 0 || size.height <= 0 || (long) size.width * size.height > MOST_PIXELS) {
                    return false;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(size.width, size.height) / 256);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param) != null;
            } finally {
                reader.dispose();
            }
        }
    }
}
