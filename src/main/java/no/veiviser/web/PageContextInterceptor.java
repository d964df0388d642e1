package no.veiviser.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.veiviser.identity.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Adds the {@link PageContext} as model attribute {@code page} to every rendered page. */
class PageContextInterceptor implements HandlerInterceptor {

    static final String MODEL_ATTRIBUTE = "page";

    private final MessageSource messages;
    private final Assets assets;

    PageContextInterceptor(MessageSource messages, Assets assets) {
        this.messages = messages;
        this.assets = assets;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView != null && modelAndView.hasView() && !isRedirect(modelAndView)) {
            modelAndView.addObject(MODEL_ATTRIBUTE, create(request));
        }
    }

    PageContext create(HttpServletRequest request) {
        SignedInPerson person = signedInPerson();
        return new PageContext(person, navigation(person, request.getRequestURI()),
                RequestContextUtils.getLocale(request), (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                messages, assets);
    }

    static SignedInPerson signedInPerson() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            return person;
        }
        return null;
    }

    private static List<NavItem> navigation(SignedInPerson person, String path) {
        if (person == null) {
            return List.of();
        }
        List<NavItem> items = new ArrayList<>();
        Arrays.stream(Destination.values())
                .filter(destination -> destination.isForAnyOf(person.roles()))
                .forEach(destination -> items.add(new NavItem(destination.labelKey(), destination.path(),
                        destination.path().equals(path))));
        return items;
    }

    private static boolean isRedirect(ModelAndView modelAndView) {
        return modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:");
    }
}
