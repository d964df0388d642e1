package no.veiviser.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar veiviser.jar audit verify [checkpoint.json]}: verifies every audit chain in the
 * configured database, and that it still passes through a checkpoint saved earlier. Exit status 0
 * when intact, 3 when a chain is broken (the first break of each chain is printed), 1 on bad use.
 */
public final class AuditCommand {

    public static final String NAME = "audit";

    private AuditCommand() {
    }

    public static int run(AuditChain chain, String[] arguments, PrintStream out, PrintStream err) {
        if (arguments.length < 1 || arguments.length > 2 || !"verify".equals(arguments[0])) {
            err.println("Bruk: java -jar veiviser.jar audit verify [sjekkpunkt.json]");
            return 1;
        }
        List<ChainHead> checkpoint = List.of();
        if (arguments.length == 2) {
            try {
                checkpoint = Checkpoints.read(Files.readString(Path.of(arguments[1])));
            } catch (IOException | IllegalArgumentException e) {
                err.println("Kan ikke lese sjekkpunktet " + arguments[1] + ": " + e.getMessage());
                return 1;
            }
        }
        ChainVerification verification = chain.verifyAll(checkpoint);
        if (verification.intact()) {
            out.println("Revisjonsloggen er uendret: " + verification.rows() + " hendelser i " + verification.chains()
                    + " kjeder kontrollert" + (checkpoint.isEmpty() ? "." : ", og den stemmer med sjekkpunktet."));
            return 0;
        }
        for (ChainBreak broken : verification.breaks()) {
            out.println("BRUDD i kjede " + broken.chain() + " ved nr. " + broken.seq()
                    + (broken.id() == null ? "" : " (rad " + broken.id() + ")") + ": " + broken.reason());
        }
        return 3;
    }
}
