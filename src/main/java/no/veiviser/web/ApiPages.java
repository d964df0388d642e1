package no.veiviser.web;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.shared.Paged;
import org.springframework.http.ResponseEntity;

/**
 * A JSON list answered a page at a time keeps its shape (an array); how many there are and where
 * the neighbouring pages are go in the headers {@code X-Total-Count} and {@code Link} (RFC 8288).
 * A queue counted only up to a limit says instead {@code X-Total-Count-Exceeds} (there are more than
 * that many), so that no client reads the limit as the count.
 */
public final class ApiPages {

    public static final String TOTAL = "X-Total-Count";
    public static final String TOTAL_EXCEEDS = "X-Total-Count-Exceeds";

    private ApiPages() {
    }

    /** @param href the list's address ending in {@code page=}, to which a page number is appended */
    public static ResponseEntity.BodyBuilder headers(Paged<?> paged, String href) {
        List<String> links = new ArrayList<>();
        if (paged.hasPrevious()) {
            links.add("<" + href + (paged.number() - 1) + ">; rel=\"prev\"");
        }
        if (paged.hasNext()) {
            links.add("<" + href + (paged.number() + 1) + ">; rel=\"next\"");
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .header(paged.countLimited() ? TOTAL_EXCEEDS : TOTAL, Long.toString(paged.total()));
        return links.isEmpty() ? answer : answer.header("Link", String.join(", ", links));
    }
}
