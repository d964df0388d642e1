package no.veiviser.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import no.veiviser.identity.ApiTokenScope;
import no.veiviser.identity.ApiTokens;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API call in by a personal token ({@code Authorization: Bearer vv_…}). A token that is
 * unknown, revoked or expired answers 401 at once; a read-only token carries {@link #READ_ONLY}, which
 * the API chain refuses on anything but a read. Other bearer tokens are left to HelseID's resource server.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    static final String READ_ONLY = "API_TOKEN_READ_ONLY";
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AccountRepository accounts;
    private final AuthenticationEntryPoint problems;

    ApiTokenAuthenticationFilter(ApiTokens tokens, AccountRepository accounts, AuthenticationEntryPoint problems) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.problems = problems;
    }

    static boolean isPersonalToken(String authorization) {
        return authorization != null && authorization.startsWith(BEARER + ApiTokens.PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (!isPersonalToken(authorization)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PersonAuthenticationToken> signedIn = tokens.authenticate(authorization.substring(BEARER.length()).trim())
                .flatMap(use -> accounts.findByPerson(use.personId()).filter(AccountRepository.SignInAccount::enabled)
                        .map(account -> new PersonAuthenticationToken(ExternalPerson.of(account), "",
                                use.scope() == ApiTokenScope.READ ? List.of(new SimpleGrantedAuthority(READ_ONLY)) : List.of())));
        if (signedIn.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.commence(request, response, new BadCredentialsException("Unknown, revoked or expired API token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn.get());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
