package no.veiviser.requirements;

import java.math.BigDecimal;

/**
 * One period or item that was looked at for a requirement, in words (a text to render).
 *
 * @param amount what it contributed (0 when it did not count)
 * @param note   why it counted as it did, as a text; null when nothing needs saying
 */
public record TraceItem(Text item, BigDecimal amount, Text note) {
}
