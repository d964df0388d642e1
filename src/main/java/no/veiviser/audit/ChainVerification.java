package no.veiviser.audit;

import java.util.List;

/** The outcome of verifying audit chains: how many rows were checked, and the first break of each chain. */
public record ChainVerification(int chains, long rows, List<ChainBreak> breaks) {

    public boolean intact() {
        return breaks.isEmpty();
    }
}
