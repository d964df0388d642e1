package no.veiviser.identity.internal;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import no.veiviser.identity.ApiTokens;
import no.veiviser.identity.SignInOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the JSON API under {@code /api/v1/**} (stateless, no CSRF, HTTP Basic for local
 * accounts and OAuth2 bearer tokens when a token issuer is configured) and the browser (form login
 * and, when configured, HelseID; CSRF on; strict headers).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere; everything is served from this origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    static final String[] PUBLIC_PATHS = {"/login", "/css/**", "/fonts/**", "/js/**", "/webjars/**",
        "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
        "/v3/api-docs/**", "/v3/api-docs.yaml", "/invitations/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SignInOptions signInOptions(SecurityProperties properties, ObjectProvider<HelseIdLogin> helseId) {
        HelseIdLogin oidc = helseId.getIfAvailable();
        return new SignInOptions(properties.localAccounts(), oidc == null ? null : oidc.loginPath());
    }

    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties, Clock clock) {
        var settings = properties.loginThrottle();
        return new LoginThrottle(settings.maxFailures(), settings.maxFailuresPerAddress(), settings.window(), clock);
    }

    @Bean
    AuthenticationManager localAccountAuthentication(AccountRepository accounts, PasswordEncoder encoder,
                                                     LoginThrottle throttle, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(new LocalAccountUserDetailsService(accounts));
        passwordCheck.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle));
        // Failed sign-ins reach the audit trail (SignInAudit) as events.
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** Only where requests are served: the command-line tools (audit verify) run without a web server. */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain apiChain(HttpSecurity http, SecurityProperties properties, AuthenticationManager localAccounts,
                                 ObjectProvider<JwtDecoder> jwtDecoder, AccountRepository accounts, ApiTokens apiTokens,
                                 MessageSource messages, LocaleResolver localeResolver, JsonMapper json)
            throws Exception {
        var problems = new ApiProblemWriter(messages, localeResolver, json, properties.localAccounts());
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").authenticated()
                        .anyRequest().access(SecurityConfiguration::mayWrite))
                .addFilterBefore(new ApiTokenAuthenticationFilter(apiTokens, accounts, problems),
                        BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(SecurityConfiguration::strictHeaders)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (properties.localAccounts()) {
            http.authenticationManager(localAccounts)
                    .httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            // Its own manager: the chain's shared one checks local passwords only.
            var tokens = new JwtAuthenticationProvider(decoder);
            tokens.setJwtAuthenticationConverter(new BearerTokenPersonConverter(accounts, properties.oidc().subjectClaim()));
            var bearerTokens = new DefaultBearerTokenResolver();
            http.oauth2ResourceServer(server -> server
                    // A personal token (vv_…) is not a JWT; ApiTokenAuthenticationFilter has dealt with it.
                    .bearerTokenResolver(request -> ApiTokenAuthenticationFilter.isPersonalToken(
                            request.getHeader("Authorization")) ? null : bearerTokens.resolve(request))
                    .jwt(jwt -> jwt.authenticationManager(new ProviderManager(tokens)))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain browserChain(HttpSecurity http, SecurityProperties properties,
                                     AuthenticationManager localAccounts,
                                     ObjectProvider<HelseIdLogin> helseId) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/admin/catalogs/**").hasRole("CATALOG_ADMINISTRATOR")
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .headers(SecurityConfiguration::strictHeaders)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        if (properties.localAccounts()) {
            var failures = new ExceptionMappingAuthenticationFailureHandler();
            failures.setDefaultFailureUrl("/login?error");
            failures.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?throttled"));
            http.authenticationManager(localAccounts)
                    .formLogin(form -> form.loginPage("/login").failureHandler(failures).permitAll());
        } else {
            http.exceptionHandling(handling -> handling.authenticationEntryPoint(
                    new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login")));
        }
        HelseIdLogin oidc = helseId.getIfAvailable();
        if (oidc != null) {
            oidc.configure(http);
        }
        return http.build();
    }

    /** A write needs a signed-in caller whose credentials may write: not a read-only API token. */
    private static AuthorizationResult mayWrite(Supplier<? extends Authentication> authentication,
                                                RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        boolean signedIn = caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
        boolean readOnly = signedIn && caller.getAuthorities().stream()
                .anyMatch(authority -> ApiTokenAuthenticationFilter.READ_ONLY.equals(authority.getAuthority()));
        return new AuthorizationDecision(signedIn && !readOnly);
    }

    /** Veiviser uses no camera, microphone, location, payment or device; no page or frame may ask. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), interest-cohort=()";

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Sent on HTTPS requests only (as the proxy reports them, see server.tomcat.remoteip).
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }
}
