package no.veiviser.shared;

import java.util.List;

/**
 * One page of a list that is chosen and counted in the database, so a page costs the same however
 * long the list grows.
 *
 * @param number       the page, from 1
 * @param size         rows on a full page
 * @param total        rows on all pages, or the limit of the count when {@code countLimited}
 * @param countLimited whether the count stopped at {@code total}: there are more than that, and the
 *                     pages go no further (see {@link #COUNT_LIMIT})
 */
public record Paged<T>(List<T> rows, int number, int size, long total, boolean countLimited) {

    /**
     * How far a queue that can grow without bound is counted. Counting an approver's 10,000 waiting
     * goals took longer than showing a page of them; past a thousand, "more than 1,000" says as much,
     * and the oldest thousand (the queue's order) are what she works through.
     */
    public static final int COUNT_LIMIT = 1_000;

    public Paged(List<T> rows, int number, int size, long total) {
        this(rows, number, size, total, false);
    }

    /** A page whose list was counted up to {@link #COUNT_LIMIT}{@code + 1} rows. */
    public static <T> Paged<T> countedToLimit(List<T> rows, int number, int size, long counted) {
        return counted > COUNT_LIMIT ? new Paged<>(rows, number, size, COUNT_LIMIT, true)
                : new Paged<>(rows, number, size, counted);
    }

    /** The page asked for as typed in a query string: anything that is not a page number is the first. */
    public static int number(String typed) {
        try {
            return typed == null ? 1 : Math.max(1, Integer.parseInt(typed.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * A page of a list already read whole, for lists bounded by something else than the data's size
     * (a candidate's activities, which her programme bounds); a page past the end is the first.
     */
    public static <T> Paged<T> slice(List<T> all, int number, int size) {
        int page = offset(number, size) >= all.size() ? 1 : Math.max(1, number);
        int from = (int) offset(page, size);
        return new Paged<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    /** Rows to skip to reach a page. */
    public static long offset(int number, int size) {
        return (long) (Math.max(1, number) - 1) * size;
    }

    /** The position of the first row, from 1 (0 when there are none). */
    public long first() {
        return rows.isEmpty() ? 0 : offset(number, size) + 1;
    }

    public long last() {
        return rows.isEmpty() ? 0 : first() + rows.size() - 1;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return (long) number * size < total;
    }

    /** Whether there is more than one page, so the reader needs the links between them. */
    public boolean isSplit() {
        return hasPrevious() || hasNext();
    }
}
