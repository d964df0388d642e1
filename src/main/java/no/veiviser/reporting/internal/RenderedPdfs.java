package no.veiviser.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.veiviser.shared.Hashes;
import org.springframework.stereotype.Component;

/**
 * PDFs already rendered, by the hash of their XHTML: rendering takes about a tenth of a second of CPU,
 * the XHTML a few milliseconds, so the same plan in the same language is rendered once until anything
 * in it changes (which changes the XHTML and so the key). At most {@value #KEPT} documents are kept,
 * the least recently used leaving first.
 */
@Component
public class RenderedPdfs {

    static final int KEPT = 32;

    private final PdfRenderer renderer;
    private final Map<String, byte[]> rendered = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    RenderedPdfs(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    public byte[] of(String xhtml) {
        String key = Hashes.sha256Hex(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        synchronized (rendered) {
            byte[] pdf = rendered.get(key);
            if (pdf != null) {
                return pdf;
            }
        }
        byte[] pdf = renderer.render(xhtml);
        synchronized (rendered) {
            rendered.put(key, pdf);
        }
        return pdf;
    }
}
