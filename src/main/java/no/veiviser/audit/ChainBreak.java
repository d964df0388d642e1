package no.veiviser.audit;

/**
 * Where a chain stops being what was written: the first row (by id and position) that fails, and why.
 * {@code id} is null when the break is not a stored row (rows missing at the end, a checkpoint that
 * no longer matches).
 */
public record ChainBreak(String chain, long seq, Long id, Reason reason) {

    public enum Reason {
        /** The row's content no longer gives its hash: it was changed. */
        CONTENT_CHANGED,
        /** The row does not follow the row before it: a row was removed, inserted or moved. */
        LINK_BROKEN,
        /** A position is missing or repeated: a row was removed or inserted. */
        SEQUENCE_BROKEN,
        /** The chain ends before or after its recorded head: rows were removed or added at the end. */
        HEAD_MISMATCH,
        /** The row at a saved checkpoint's position has another hash: the chain was rewritten. */
        CHECKPOINT_MISMATCH
    }
}
