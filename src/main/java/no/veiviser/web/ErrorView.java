package no.veiviser.web;

import no.veiviser.shared.ErrorCode;

/** A friendly error page: the stable code and its message keys. */
public record ErrorView(ErrorCode code, int status) {
}
