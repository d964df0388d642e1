package no.veiviser.web.internal;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A request whose body was refused (a file over the limit), seen as a GET with only its query: the
 * error page can be rendered for it without anyone reading the body again, which would only fail again.
 */
final class BodylessRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> query;

    BodylessRequest(HttpServletRequest request) {
        super(request);
        MultiValueMap<String, String> parameters = UriComponentsBuilder.newInstance().query(request.getQueryString())
                .build().getQueryParams();
        this.query = new java.util.LinkedHashMap<>();
        parameters.forEach((name, values) -> query.put(name, values.toArray(String[]::new)));
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getContentType() {
        return null;
    }

    @Override
    public int getContentLength() {
        return -1;
    }

    @Override
    public long getContentLengthLong() {
        return -1;
    }

    @Override
    public String getParameter(String name) {
        String[] values = query.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(query);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(query.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return query.get(name);
    }

    @Override
    public ServletInputStream getInputStream() {
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return true;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("The body was refused");
            }

            @Override
            public int read() {
                return -1;
            }
        };
    }
}
