package no.veiviser.requirements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A readiness result as the JSON API and the command line give it: every text rendered in the
 * reader's language ({@code explanation}, {@code note}, {@code earliestCompletionNote}), with the text
 * itself — message keys and arguments — beside it ({@code explanationText}, …), so that a client can
 * render it in a language of its own.
 */
public record ReadinessView(ReadinessInput.Programme programme, LocalDate asOf, String ruleSet, boolean ready,
                            List<RequirementView> requirements, LocalDate earliestCompletion,
                            String earliestCompletionNote, Text earliestCompletionNoteText) {

    public record RequirementView(String id, Status status, BigDecimal have, BigDecimal need, Unit unit,
                                  String reference, String explanation, Text explanationText, List<TraceView> trace) {
    }

    public record TraceView(String item, Text itemText, BigDecimal amount, String note, Text noteText) {
    }

    public static ReadinessView of(ReadinessResult result, Locale locale) {
        return new ReadinessView(result.programme(), result.asOf(), result.ruleSet(), result.ready(),
                result.requirements().stream().map(requirement -> requirement(requirement, locale)).toList(),
                result.earliestCompletion(), render(result.earliestCompletionNote(), locale),
                result.earliestCompletionNote());
    }

    private static RequirementView requirement(RequirementResult requirement, Locale locale) {
        return new RequirementView(requirement.id(), requirement.status(), requirement.have(), requirement.need(),
                requirement.unit(), requirement.reference(), render(requirement.explanation(), locale),
                requirement.explanation(), requirement.trace().stream()
                        .map(item -> new TraceView(render(item.item(), locale), item.item(), item.amount(),
                                render(item.note(), locale), item.note()))
                        .toList());
    }

    private static String render(Text text, Locale locale) {
        return text == null ? null : text.render(locale);
    }
}
