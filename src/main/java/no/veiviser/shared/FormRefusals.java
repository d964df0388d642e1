package no.veiviser.shared;

import java.util.function.UnaryOperator;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page turns a service's refusal ({@link InvalidInputException}) into what the person
 * sees, always with the message's arguments and the field it concerns: as form errors when the page
 * is shown again with what she typed, or as a {@link Refusal} in the flash when the form redirects.
 * Controllers call these instead of catching the refusal themselves.
 */
public final class FormRefusals {

    /** The flash attribute the page after a redirect reads. */
    public static final String FLASH = "problem";

    private FormRefusals() {
    }

    /** Runs the action; a refusal becomes an error on its field, and the result is empty. */
    public static <T> Optional<T> attempt(FormErrors errors, Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (InvalidInputException refused) {
            errors.reject(refused);
            return Optional.empty();
        }
    }

    /** Runs the action; a refusal becomes an error on its field. Whether the action went through. */
    public static boolean run(FormErrors errors, Runnable action) {
        return attempt(errors, () -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * Runs the action; a refusal becomes an error on the form's name for its field (a page with
     * several forms gives each field an id of its own). Whether the action went through.
     */
    public static boolean run(FormErrors errors, UnaryOperator<String> fieldId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException refused) {
            errors.reject(fieldId.apply(refused.field()), refused.messageKey(), refused.arguments());
            return false;
        }
    }

    /** Runs the action; a refusal goes to the next page in the flash. Whether the action went through. */
    public static boolean run(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute(FLASH, Refusal.of(refused));
            return false;
        }
    }

    /** Runs the action; a refusal goes to the next page in the flash, and the result is empty. */
    public static <T> Optional<T> attempt(RedirectAttributes redirect, Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute(FLASH, Refusal.of(refused));
            return Optional.empty();
        }
    }

    /** A refusal the controller itself decides on (a conflict, say), shown on the next page. */
    public static void flash(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute(FLASH, Refusal.of(key, arguments));
    }
}
