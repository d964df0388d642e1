package no.veiviser.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Nobody reaches a page (or signs in) before Veiviser is ready; the health probes always answer. */
class StartupGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartupGate gate = new StartupGate(availability, messages());

    @Test
    void beforeReadinessEveryPageAnswers503InTheReadersLanguage() throws Exception {
        MockHttpServletResponse login = request("/login", Locale.forLanguageTag("nb"));
        assertThat(login.getStatus()).isEqualTo(503);
        assertThat(login.getHeader("Retry-After")).isEqualTo("5");
        assertThat(login.getContentAsString()).contains("Veiviser starter og er klar om et øyeblikk");
        assertThat(request("/login", Locale.ENGLISH).getContentAsString()).contains("Veiviser is starting");
        assertThat(request("/actuator/health/readiness", Locale.ENGLISH).getStatus()).isEqualTo(200);
    }

    @Test
    void onceReadyEverythingPassesAndWhileShuttingDownItIsRefusedAgain() throws Exception {
        setReadiness(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(request("/login", Locale.ENGLISH).getStatus()).isEqualTo(200);
        setReadiness(ReadinessState.REFUSING_TRAFFIC);
        assertThat(request("/login", Locale.ENGLISH).getStatus()).isEqualTo(503);
    }

    private void setReadiness(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
    }

    private MockHttpServletResponse request(String path, Locale locale) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addPreferredLocale(locale);
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
