package no.veiviser.requirements;

import java.util.ArrayList;
import java.util.List;

/**
 * A message of the requirement texts split once at its arguments ({@code {0}}, {@code {1}}…). A
 * {@link Text} renders every argument to text before it is placed, so the placing needs none of
 * {@link java.text.MessageFormat}'s formats, and an apostrophe is an apostrophe. A readiness page places
 * some 700 messages; parsing each with {@code MessageFormat} took half of their rendering.
 */
final class MessagePattern {

    private final String[] literals;
    private final int[] arguments;

    private MessagePattern(String[] literals, int[] arguments) {
        this.literals = literals;
        this.arguments = arguments;
    }

    /** The pattern; a brace that does not enclose an argument's number is refused, as MessageFormat would. */
    static MessagePattern parse(String pattern) {
        List<String> literals = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        int from = 0;
        for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
            int close = pattern.indexOf('}', open);
            if (close < 0 || close == open + 1 || !pattern.substring(open + 1, close).chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("Not an argument in a message: " + pattern);
            }
            literals.add(pattern.substring(from, open));
            arguments.add(Integer.parseInt(pattern.substring(open + 1, close)));
            from = close + 1;
        }
        if (pattern.indexOf('}', from) >= 0) {
            throw new IllegalArgumentException("Unmatched brace in a message: " + pattern);
        }
        literals.add(pattern.substring(from));
        return new MessagePattern(literals.toArray(String[]::new), arguments.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Writes the message with its arguments; one that is not given is written as {@code {n}}. */
    void writeTo(StringBuilder out, String[] values) {
        for (int index = 0; index < arguments.length; index++) {
            out.append(literals[index]);
            int argument = arguments[index];
            if (argument < values.length) {
                out.append(values[argument]);
            } else {
                out.append('{').append(argument).append('}');
            }
        }
        out.append(literals[arguments.length]);
    }
}
