package no.veiviser.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page a person reaches from her start page, as every demo role, in Norwegian and in English:
 * it answers, shows no unresolved placeholder ({0}), no message key as text and no "hun"/"she" (a
 * person is "du" to herself, "kandidaten" or her name to others), and the English page
 * shows no sentence of the Norwegian bundle. The pages are found by following the links people see,
 * so a new page is covered the day it is linked.
 */
@IntegrationTest
public class EveryPageTest {

    /** One demo person per role, the two programmes, and the ALIS who has completed everything. */
    public static final List<String> PEOPLE = List.of("sindre.holm", "ole.brekke", "aisha.rahman", "kari.nordby", "jon.bakke",
            "tone.haugland", "eirik.strand", "maria.solheim", "marte.ruud", "admin");

    /**
     * A person is "du" to herself and "kandidaten" or her name to others; never "hun". (English texts
     * are held to "she"/"her" in the bundle: on a page, Norwegian data says "her", here.)
     */
    private static final Pattern THIRD_PERSON = Pattern.compile("\\b(hun|henne|hennes|Hun|Henne|Hennes)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[a-z]+[^}]*)?}");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\w./@-])[a-zA-Z][\\w-]*(\\.[\\w-]+)+(?![\\w/@-])");

    @Autowired
    MockMvc mvc;

    @Test
    void everyReachablePageSpeaksBothLanguagesWithoutCodes() throws Exception {
        Set<String> keys = keys("messages.properties").stringPropertyNames();
        List<String> norwegianSentences = norwegianOnlySentences();
        List<String> wrong = new ArrayList<>();
        Set<String> checked = new java.util.TreeSet<>();
        int pages = 0;
        for (String username : PEOPLE) {
            MockHttpSession session = signIn(username);
            Set<String> reachable = PageCrawler.reachable(path -> {
                var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
                return new PageCrawler.Fetched(response.getStatus(), response.getContentType(),
                        response.getContentAsString(StandardCharsets.UTF_8));
            });
            checked.addAll(reachable.stream().map(PageCrawler::kind).toList());
            for (String path : reachable) {
                for (String lang : List.of("nb", "en")) {
                    var response = mvc.perform(get(path).param("lang", lang).session(session)).andReturn().getResponse();
                    String where = username + " " + path + " (" + lang + ")";
                    if (response.getStatus() != 200) {
                        wrong.add(where + ": " + response.getStatus());
                        continue;
                    }
                    String text = visible(response.getContentAsString(StandardCharsets.UTF_8));
                    Matcher placeholder = PLACEHOLDER.matcher(text);
                    if (placeholder.find()) {
                        wrong.add(where + ": placeholder in «" + around(text, placeholder.start()) + "»");
                    }
                    Matcher pronoun = THIRD_PERSON.matcher(text);
                    if (lang.equals("nb") && pronoun.find()) {
                        wrong.add(where + ": «" + pronoun.group() + "» in «" + around(text, pronoun.start()) + "»");
                    }
                    Matcher dotted = DOTTED.matcher(text);
                    while (dotted.find()) {
                        if (keys.contains(dotted.group())) {
                            wrong.add(where + ": key shown " + dotted.group());
                        }
                    }
                    if (lang.equals("en")) {
                        norwegianSentences.stream().filter(text::contains).findFirst()
                                .ifPresent(sentence -> wrong.add(where + ": Norwegian «" + sentence + "»"));
                    }
                    pages++;
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).as("the kinds of page reached").contains("/activities/{id}", "/assessments/{id}",
                "/candidates/{id}/portfolio", "/candidates/{id}/readiness", "/admin/outbox", "/signing", "/approvals");
        assertThat(pages).as("pages checked").isGreaterThan(150);
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 40));
    }

    /**
     * What a person reads: the text and the attributes a screen reader speaks, without scripts and
     * styles, and without what is marked as Norwegian (lang="nb": official goal texts, notices sent in
     * Norwegian), which an English page shows as it is.
     */
    static String visible(String html) {
        String withoutCode = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<(span|th|td|p|dd|div)[^>]*\\slang=\"nb\"[^>]*>.*?</\\1>", " ");
        StringBuilder spoken = new StringBuilder(withoutCode.replaceAll("(?s)<[^>]*>", " "));
        Matcher attribute = Pattern.compile("(aria-label|title|alt|placeholder)=\"([^\"]*)\"").matcher(withoutCode);
        while (attribute.find()) {
            spoken.append(' ').append(attribute.group(2));
        }
        return spoken.toString().replace("&nbsp;", " ").replaceAll("\\s+", " ");
    }

    /** Sentences of the Norwegian bundle that are not also the English text: seen on an English page, they leak. */
    private static List<String> norwegianOnlySentences() throws IOException {
        Properties norwegian = keys("messages.properties");
        Properties english = keys("messages_en.properties");
        return norwegian.stringPropertyNames().stream()
                .map(key -> norwegian.getProperty(key))
                .filter(value -> value.split(" ").length >= 4 && !value.contains("{") && !value.contains("<")
                        && !english.containsValue(value))
                .toList();
    }

    private static Properties keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(EveryPageTest.class.getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username).password("demo"))
                .andReturn().getRequest().getSession(false);
    }
}
