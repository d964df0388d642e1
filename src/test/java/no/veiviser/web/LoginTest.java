package no.veiviser.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aDemoUserSignsInWithThePasswordDemo() throws Exception {
        mvc.perform(formLogin("/login").user("tone.haugland").password("demo"))
                .andExpect(authenticated().withUsername("tone.haugland").withRoles("APPROVER"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void usernamesAreNotCaseSensitive() throws Exception {
        mvc.perform(formLogin("/login").user("Tone.Haugland").password("demo"))
                .andExpect(authenticated().withRoles("APPROVER"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        mvc.perform(login("tone.haugland", "wrong", from("10.1.0.1")))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("nobody.here", "wrong", from("10.1.0.2")))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("Feil brukernavn eller passord.")))
                .andExpect(content().string(not(containsString("finnes ikke"))));
    }

    @Test
    void fiveWrongPasswordsWithinAMinuteRefuseEvenTheRightOne() throws Exception {
        RequestPostProcessor attacker = from("10.1.0.3");
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(login("henrik.pedersen", "guess" + attempt, attacker))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("henrik.pedersen", "demo", attacker))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(login("henrik.pedersen", "demo", from("10.1.0.4")))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(content().string(containsString("For mange mislykkede forsøk. Vent ett minutt og prøv igjen.")));
    }

    @Test
    void theLoginPageListsTheDemoUsersInDemoMode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("Demobrukere")))
                .andExpect(content().string(containsString("admin")))
                .andExpect(content().string(containsString("Kommuneoverlege")))
                .andExpect(content().string(containsString("«demo»")));
    }

    /** A sign-in through the form, as from the given client address (each test its own, for the throttle). */
    private static MockHttpServletRequestBuilder login(String username, String password, RequestPostProcessor client) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(client);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
