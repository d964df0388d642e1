package no.veiviser.portfolio;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types an activity may carry, recognised by their first bytes rather than by what the
 * browser or the file name claims. The name's extension must agree with the content, so that a
 * renamed file is refused instead of being served under the wrong type.
 */
public enum FileType {
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] signature;

    FileType(String mediaType, List<String> extensions, byte[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type whose signature the content starts with and whose extension the name has. */
    public static Optional<FileType> of(String filename, byte[] content) {
        String extension = filename == null || filename.lastIndexOf('.') < 0 ? ""
                : filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.extensions.contains(extension) && type.startsWith(content))
                .findFirst();
    }

    /**
     * The type of a file that is what its name and first bytes claim and can be read as such (a PDF
     * with a page, an image that decodes); empty for anything else.
     */
    public static Optional<FileType> readable(String filename, byte[] content) {
        return of(filename, content).filter(type -> no.veiviser.portfolio.internal.FileContents.readable(type, content));
    }

    private boolean startsWith(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }
}
