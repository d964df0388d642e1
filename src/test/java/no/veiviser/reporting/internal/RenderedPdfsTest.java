package no.veiviser.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The plan's PDF was rendered on every request (7–10 PDFs a second at most); now the same XHTML is
 * rendered once, and any change to the plan, which changes its XHTML, renders it anew.
 */
class RenderedPdfsTest {

    private final AtomicInteger renders = new AtomicInteger();
    private final RenderedPdfs pdfs = new RenderedPdfs(new PdfRenderer() {
        @Override
        public byte[] render(String xhtml) {
            renders.incrementAndGet();
            return xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    });

    @Test
    void theSameDocumentIsRenderedOnce() {
        byte[] first = pdfs.of("<html>plan v1</html>");
        byte[] again = pdfs.of("<html>plan v1</html>");

        assertThat(again).isSameAs(first);
        assertThat(renders).hasValue(1);
    }

    @Test
    void aChangedPlanIsRenderedAnew() {
        pdfs.of("<html>plan v1</html>");
        byte[] changed = pdfs.of("<html>plan v2</html>");

        assertThat(new String(changed, java.nio.charset.StandardCharsets.UTF_8)).contains("v2");
        assertThat(renders).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedLeavesWhenMoreThanThirtyTwoAreKept() {
        for (int plan = 0; plan <= RenderedPdfs.KEPT; plan++) {
            pdfs.of("<html>plan " + plan + "</html>");
        }
        pdfs.of("<html>plan " + RenderedPdfs.KEPT + "</html>");
        assertThat(renders).hasValue(RenderedPdfs.KEPT + 1);

        pdfs.of("<html>plan 0</html>");
        assertThat(renders).as("the first was pushed out").hasValue(RenderedPdfs.KEPT + 2);
    }
}
