package no.veiviser.web;

/**
 * The URL of a static file with its content hash in the name ({@code /css/veiviser-3f2a….css}), so
 * that browsers may keep it for a year: a changed file gets a new name.
 */
@FunctionalInterface
public interface Assets {

    /** The path as it is, for documents that link no static files (the plan's PDF). */
    Assets UNVERSIONED = path -> path;

    String url(String path);
}
