package no.veiviser.programme;

import java.util.List;

/**
 * One page of the candidates list, by name.
 *
 * @param number the page, from 1
 * @param total  how many candidates match, on all pages
 * @param name   the name filter as typed, or null
 */
public record CandidatePage(List<CandidateSummary> rows, int number, long total, String name) {

    /** Candidates on a page: a municipality's year group fits on one or two. */
    public static final int SIZE = 50;

    /** The position of the first row, from 1 (0 when there are none). */
    public long first() {
        return rows.isEmpty() ? 0 : (long) (number - 1) * SIZE + 1;
    }

    public long last() {
        return rows.isEmpty() ? 0 : first() + rows.size() - 1;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return (long) number * SIZE < total;
    }
}
