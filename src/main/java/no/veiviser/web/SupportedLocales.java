package no.veiviser.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/** {@code ?lang=nb} or {@code ?lang=en} switches the language; other values are ignored. */
class SupportedLocales implements HandlerInterceptor {

    static final String PARAMETER = "lang";
    private static final Set<String> SUPPORTED = Set.of("nb", "en");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String requested = request.getParameter(PARAMETER);
        LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
        if (requested != null && SUPPORTED.contains(requested) && resolver != null) {
            resolver.setLocale(request, response, Locale.forLanguageTag(requested));
        }
        return true;
    }
}
