package no.veiviser.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.veiviser.identity.internal.ApiTokenRepository;
import no.veiviser.shared.Hashes;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a person makes one for an integration (a name, read-only or read-write, valid
 * for 30, 90 or 365 days), sees it once, lists and revokes hers. A call sends it as
 * {@code Authorization: Bearer vv_…}; checking it is one SHA-256 and one indexed lookup, not a bcrypt.
 */
@Service
public class ApiTokens {

    /** Every token starts so; a bearer token without it is a HelseID token. */
    public static final String PREFIX = "vv_";
    public static final Set<Integer> VALIDITY_DAYS = Set.of(30, 90, 365);
    static final int LONGEST_NAME = 100;

    /** A token just made: the only time its value is known. */
    public record IssuedToken(UUID id, String value) {
    }

    /** Whose a presented token is, and what it may do. */
    public record TokenUse(UUID personId, ApiTokenScope scope) {
    }

    private final ApiTokenRepository tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(Actor owner, String name, ApiTokenScope scope, int validityDays) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > LONGEST_NAME) {
            throw new InvalidInputException("name", "apiToken.name.invalid", LONGEST_NAME);
        }
        if (scope == null) {
            throw new InvalidInputException("scope", "apiToken.scope.required");
        }
        if (!VALIDITY_DAYS.contains(validityDays)) {
            throw new InvalidInputException("validityDays", "apiToken.validity.invalid");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        tokens.insert(id, owner.personId(), trimmed, hash(value), scope, now().plusDays(validityDays), owner.id(), now());
        events.publishEvent(new ApiTokenIssued(owner.personId(), id, scope, owner.id()));
        return new IssuedToken(id, value);
    }

    public List<ApiToken> of(Actor owner) {
        return tokens.of(owner.personId());
    }

    /** Revokes one of her tokens; someone else's, or one that does not exist, is not found. */
    @Transactional
    public void revoke(Actor owner, UUID tokenId) {
        if (!tokens.belongsTo(tokenId, owner.personId())) {
            throw new NotFoundException("API token");
        }
        if (tokens.revoke(tokenId, owner.personId(), owner.id(), now())) {
            events.publishEvent(new ApiTokenRevoked(owner.personId(), tokenId, owner.id()));
        }
    }

    /** The person and scope of a token that may be used now. */
    public Optional<TokenUse> authenticate(String value) {
        if (value == null || !value.startsWith(PREFIX) || value.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiTokenRepository.ActiveToken> token = tokens.active(hash(value), now());
        token.ifPresent(active -> tokens.touch(active.id(), now()));
        return token.map(active -> new TokenUse(active.personId(), active.scope()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String hash(String value) {
        return Hashes.sha256Hex(value.getBytes(StandardCharsets.UTF_8));
    }
}
