package no.veiviser.shared;

/**
 * Something does not exist, or the caller may not know that it exists. Both answer 404, so that an
 * id of a thing one may not see reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
