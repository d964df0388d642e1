package no.veiviser.web;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Norwegian bokmål by default; {@code ?lang=en} switches to English and a cookie remembers it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final MessageSource messages;
    private final ObjectProvider<ResourceUrlProvider> resourceUrls;

    WebConfiguration(MessageSource messages, @Qualifier("mvcResourceUrlProvider") ObjectProvider<ResourceUrlProvider> resourceUrls) {
        this.messages = messages;
        this.resourceUrls = resourceUrls;
    }

    /**
     * Static files by their content-hashed names (spring.web.resources.chain.strategy.content), which
     * application.yml lets browsers cache for a year; a path the chain does not know stays as it is.
     */
    Assets assets() {
        return path -> {
            String versioned = resourceUrls.getObject().getForLookupPath(path);
            return versioned == null ? path : versioned;
        };
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("veiviser-lang");
        resolver.setDefaultLocale(PageContext.NORWEGIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addArgumentResolvers(java.util.List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLocales());
        registry.addInterceptor(new PageContextInterceptor(messages, assets()));
    }
}
