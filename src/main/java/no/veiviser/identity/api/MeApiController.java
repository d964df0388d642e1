package no.veiviser.identity.api;

import java.util.List;
import java.util.UUID;
import no.veiviser.identity.Role;
import no.veiviser.identity.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the signed-in person and her roles. */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

    record Me(UUID id, String name, UUID organisationId, List<Role> roles) {
    }

    @GetMapping
    Me me(@AuthenticationPrincipal SignedInPerson person) {
        return new Me(person.personId(), person.displayName(), person.organisationId(),
                person.roles().stream().sorted().toList());
    }
}
