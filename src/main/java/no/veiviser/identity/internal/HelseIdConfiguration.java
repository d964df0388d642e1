package no.veiviser.identity.internal;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import no.veiviser.identity.Invitations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Switches HelseID sign-in on when an OIDC client registration is configured
 * ({@code spring.security.oauth2.client.registration.*}); without one, the sign-in is off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(HelseIdConfiguration.ClientRegistrationsConfigured.class)
class HelseIdConfiguration {

    @Bean
    HelseIdLogin helseIdLogin(ClientRegistrationRepository registrations, AccountRepository accounts,
                              SecurityProperties properties, ObjectProvider<Invitations> invitations) {
        return new HelseIdLogin(registrations, accounts, properties.oidc(), invitations);
    }

    static class ClientRegistrationsConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                    .bind("spring.security.oauth2.client.registration", Bindable.mapOf(String.class, Object.class))
                    .map(registrations -> !registrations.isEmpty())
                    .orElse(false);
        }
    }
}
