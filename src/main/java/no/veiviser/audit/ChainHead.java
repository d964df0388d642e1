package no.veiviser.audit;

import java.util.HexFormat;

/** The last position of one audit chain and its hash: what a checkpoint keeps. */
public record ChainHead(String chain, long seq, byte[] hash) {

    public String hashHex() {
        return hash == null ? "" : HexFormat.of().formatHex(hash);
    }
}
