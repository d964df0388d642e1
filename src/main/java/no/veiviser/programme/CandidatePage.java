package no.veiviser.programme;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.veiviser.shared.Paged;

/**
 * One page of the candidates list, by name.
 *
 * @param name the name filter as typed, or null
 */
public record CandidatePage(Paged<CandidateSummary> page, String name) {

    /** Candidates on a page: a municipality's year group fits on one or two. */
    public static final int SIZE = 50;

    public List<CandidateSummary> rows() {
        return page.rows();
    }

    /** How many candidates match, on all pages. */
    public long total() {
        return page.total();
    }

    /** The address of another page of the same search, to which the page's number is appended. */
    public String href() {
        return "/candidates?" + (name == null ? "" : "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&")
                + "page=";
    }
}
