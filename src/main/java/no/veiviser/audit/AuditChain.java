package no.veiviser.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import no.veiviser.audit.ChainBreak.Reason;
import no.veiviser.audit.internal.AuditChainRows;
import no.veiviser.audit.internal.AuditChainRows.StoredRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the hash-chained audit trail (V17) and publishes its heads. Each row's hash covers its
 * content and the previous row's hash, so a change, removal, insertion or reordering of a row breaks
 * the chain at that row. Rewriting a whole chain consistently is caught against a checkpoint kept
 * outside the database: the heads are written to the application log at start and every night, and
 * an administrator downloads them.
 */
@Service
public class AuditChain {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChain.class);

    private final AuditChainRows rows;

    AuditChain(AuditChainRows rows) {
        this.rows = rows;
    }

    /** Every chain, from its first row to its head. */
    @Transactional(readOnly = true)
    public ChainVerification verifyAll() {
        return verify(rows.chains(), List.of());
    }

    /** Every chain, and that each chain still passes through the saved checkpoint's heads. */
    @Transactional(readOnly = true)
    public ChainVerification verifyAll(Collection<ChainHead> checkpoint) {
        return verify(rows.chains(), checkpoint);
    }

    /** One organisation's chain, and optionally a saved checkpoint of it. */
    @Transactional(readOnly = true)
    public ChainVerification verifyOrganisation(UUID organisationId, Collection<ChainHead> checkpoint) {
        String chain = AuditChainRows.chainOf(organisationId);
        return verify(List.of(chain), checkpoint.stream().filter(head -> head.chain().equals(chain)).toList());
    }

    /** The current heads of every chain. */
    public List<ChainHead> checkpoint() {
        return rows.heads();
    }

    /** The current head of one organisation's chain (empty before its first event). */
    public List<ChainHead> checkpointOf(UUID organisationId) {
        return rows.head(AuditChainRows.chainOf(organisationId)).stream().toList();
    }

    /** Publishes the heads outside the table: at start, and every night. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${veiviser.audit.checkpoint-cron:0 0 2 * * *}", zone = "Europe/Oslo")
    public void publishHeads() {
        for (ChainHead head : rows.heads()) {
            LOG.info("Audit chain checkpoint: chain={} seq={} hash={}", head.chain(), head.seq(), head.hashHex());
        }
    }

    private ChainVerification verify(List<String> chains, Collection<ChainHead> checkpoint) {
        List<ChainBreak> breaks = new ArrayList<>();
        long checked = 0;
        for (String chain : chains) {
            ChainWalk walk = new ChainWalk(chain, checkpoint.stream().filter(head -> head.chain().equals(chain)).toList());
            rows.eachRow(chain, walk::next);
            walk.finish(rows.head(chain).orElse(new ChainHead(chain, 0, null)));
            checked += walk.rows;
            if (walk.broken != null) {
                breaks.add(walk.broken);
            }
        }
        for (ChainHead saved : checkpoint) {
            if (!chains.contains(saved.chain())) {
                breaks.add(new ChainBreak(saved.chain(), saved.seq(), null, Reason.CHECKPOINT_MISMATCH));
            }
        }
        return new ChainVerification(chains.size(), checked, List.copyOf(breaks));
    }

    /** Walks one chain in order and remembers its first break. */
    private static final class ChainWalk {

        private final String chain;
        private final List<ChainHead> checkpoint;
        private byte[] previous;
        private long expectedSeq = 1;
        private long rows;
        private ChainBreak broken;

        ChainWalk(String chain, List<ChainHead> checkpoint) {
            this.chain = chain;
            this.checkpoint = checkpoint;
        }

        void next(StoredRow row) {
            rows++;
            if (broken == null) {
                Reason reason = row.seq() != expectedSeq ? Reason.SEQUENCE_BROKEN
                        : !Arrays.equals(row.previousHash(), previous) ? Reason.LINK_BROKEN
                        : !Arrays.equals(row.hash(), hash(previous, row.canonical())) ? Reason.CONTENT_CHANGED
                        : checkpointMismatch(row) ? Reason.CHECKPOINT_MISMATCH : null;
                if (reason != null) {
                    broken = new ChainBreak(chain, row.seq(), row.id(), reason);
                }
            }
            previous = row.hash();
            expectedSeq = row.seq() + 1;
        }

        void finish(ChainHead head) {
            if (broken == null && (head.seq() != expectedSeq - 1 || !Arrays.equals(head.hash(), previous))) {
                broken = new ChainBreak(chain, expectedSeq - 1, null, Reason.HEAD_MISMATCH);
            }
            if (broken == null && checkpoint.stream().anyMatch(saved -> saved.seq() > expectedSeq - 1)) {
                broken = new ChainBreak(chain, expectedSeq - 1, null, Reason.CHECKPOINT_MISMATCH);
            }
        }

        private boolean checkpointMismatch(StoredRow row) {
            return checkpoint.stream().anyMatch(saved -> saved.seq() == row.seq() && !Arrays.equals(saved.hash(), row.hash()));
        }
    }

    static byte[] hash(byte[] previous, String canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (previous != null) {
                digest.update(previous);
            }
            return digest.digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
