package no.veiviser.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages a signed-in person reaches from her start page by following the links she sees, a few of
 * each kind (an activity page stands for all activity pages). Used by the tests that check every page.
 */
public final class PageCrawler {

    /** One answer to a GET. */
    public record Fetched(int status, String contentType, String body) {
    }

    /** A GET as the signed-in person. */
    @FunctionalInterface
    public interface Fetch {
        Fetched get(String path) throws Exception;
    }

    /** The start page, and pages reached through a form that asks (GET) rather than a link. */
    static final List<String> ENTRY_POINTS = List.of("/", "/activities/course-certificate?course=GRUNNKURS-A");

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** A learning goal's code in a path, such as ALM-001 in /goals/ALM-001/submit. */
    private static final Pattern GOAL_CODE = Pattern.compile("(?<=/goals/)[A-Z0-9]+-[A-Z0-9]+(?=/)");
    private static final int MOST_PAGES = 70;
    private static final int MOST_PER_KIND = 2;

    private PageCrawler() {
    }

    /** The HTML pages she reaches, in the order found. */
    public static Set<String> reachable(Fetch fetch) throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> pages = new LinkedHashSet<>();
        Map<String, Integer> perKind = new HashMap<>();
        Deque<String> next = new ArrayDeque<>(ENTRY_POINTS);
        while (!next.isEmpty() && pages.size() < MOST_PAGES) {
            String path = next.poll();
            if (seen.contains(path) || perKind.merge(kind(path), 1, Integer::sum) > MOST_PER_KIND) {
                continue;
            }
            Fetched answer = fetch.get(path);
            seen.add(path);
            if (answer.status() != 200 || !String.valueOf(answer.contentType()).startsWith("text/html")) {
                continue;
            }
            pages.add(path);
            Matcher link = LINK.matcher(answer.body());
            while (link.find()) {
                String target = link.group(1).replace("&amp;", "&");
                if (followed(target) && !seen.contains(target)) {
                    next.add(target);
                }
            }
        }
        return pages;
    }

    /** The path with its ids and goal codes replaced, so that pages of one kind count together. */
    public static String kind(String path) {
        String kind = ID.matcher(path).replaceAll("{id}").replaceAll("\\?.*", "");
        return GOAL_CODE.matcher(kind).replaceAll("{code}");
    }

    private static boolean followed(String path) {
        return !path.startsWith("/css/") && !path.startsWith("/fonts/") && !path.startsWith("/licenses/")
                && !path.startsWith("/js/") && !path.startsWith("/api/") && !path.startsWith("/attachments/")
                && !path.startsWith("/logout") && !path.contains("lang=") && !path.endsWith(".pdf")
                && !path.endsWith(".ics") && !path.endsWith(".csv") && !path.endsWith(".xlsx") && !path.endsWith(".json")
                && !path.startsWith("/swagger") && !path.startsWith("/v3/");
    }
}
