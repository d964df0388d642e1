package no.veiviser.identity.internal;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;

/** Maps a validated bearer token to the person whose account carries the token's subject. */
class BearerTokenPersonConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AccountRepository accounts;
    private final String subjectClaim;

    BearerTokenPersonConverter(AccountRepository accounts, String subjectClaim) {
        this.accounts = accounts;
        this.subjectClaim = subjectClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String subject = jwt.getClaimAsString(subjectClaim);
        return accounts.findByExternalSubject(subject == null ? "" : subject)
                .filter(AccountRepository.SignInAccount::enabled)
                .map(account -> new PersonAuthenticationToken(ExternalPerson.of(account), jwt))
                .orElseThrow(() -> new BadCredentialsException("The token's subject has no account"));
    }
}
