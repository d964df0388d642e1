package no.veiviser.web.internal;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are rendered into UTF-8 bytes and then sent whole. The starter's view writes each piece of
 * a page through the servlet writer, which encodes every piece on its own and was half the cost of
 * a long page; here the templates' static parts are bytes already (the plugin's
 * {@code binaryStaticContent}) and the page goes out in one write with its length. A page that
 * fails while rendering has sent nothing, so the error page replaces it whole.
 */
@Configuration(proxyBeanMethods = false)
class BufferedPageRendering {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
        return new JteViewResolver(templates, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new BufferedView(templates);
            }
        };
    }

    static final class BufferedView extends JteView {

        /** Most pages fit; the buffer grows for the longer ones. */
        private static final int EXPECTED_PAGE_BYTES = 32 * 1024;

        private final TemplateEngine templates;

        BufferedView(TemplateEngine templates) {
            super(templates);
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                                                 HttpServletResponse response) throws Exception {
            Utf8ByteOutput page = new Utf8ByteOutput(EXPECTED_PAGE_BYTES);
            templates.render(getUrl(), model, page);
            response.setContentType(getContentType());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            // One array, one write: the output keeps each static part as its own chunk, and every
            // write passes the security wrappers' checks (a thousand small writes on a long page).
            byte[] bytes = page.toByteArray();
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
