package no.veiviser.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The passwords of the embedded PostgreSQL's three roles, kept beside its data directory in a file
 * only the owner of the process may read ({@code data/postgres.credentials}): whoever can read it can
 * read the data directory too. Generated once, when the data directory is created.
 *
 * @param superuser   {@value #SUPERUSER_ROLE}: starts the server, creates the database and the roles
 * @param owner       {@value #OWNER_ROLE}: owns the schema and runs the migrations
 * @param application {@value #APPLICATION_ROLE}: what Veiviser runs as; reads and writes rows, nothing more
 */
record EmbeddedCredentials(String superuser, String owner, String application) {

    static final String SUPERUSER_ROLE = "postgres";
    static final String OWNER_ROLE = "veiviser_owner";
    static final String APPLICATION_ROLE = "veiviser_app";

    /** Passwords are inlined in ALTER ROLE (which takes no parameters), so they are base64url only. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{20,}");
    private static final SecureRandom RANDOM = new SecureRandom();

    EmbeddedCredentials {
        for (String password : new String[] {superuser, owner, application}) {
            if (password == null || !SAFE.matcher(password).matches()) {
                throw new IllegalStateException("The embedded database's credentials file is damaged; "
                        + "restore it from a backup or move the data directory aside");
            }
        }
    }

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(randomPassword(), randomPassword(), randomPassword());
    }

    static Path fileOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".credentials");
    }

    static Optional<EmbeddedCredentials> read(Path dataDirectory) {
        Path file = fileOf(dataDirectory);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return Optional.of(new EmbeddedCredentials(properties.getProperty(SUPERUSER_ROLE),
                properties.getProperty(OWNER_ROLE), properties.getProperty(APPLICATION_ROLE)));
    }

    void write(Path dataDirectory) {
        Path file = fileOf(dataDirectory);
        Properties properties = new Properties();
        properties.setProperty(SUPERUSER_ROLE, superuser);
        properties.setProperty(OWNER_ROLE, owner);
        properties.setProperty(APPLICATION_ROLE, application);
        try {
            Path written = ownerOnly(Files.createTempFile(file.getParent(), "credentials", ".tmp"));
            try (Writer writer = Files.newBufferedWriter(written)) {
                properties.store(writer, "Passwords of the embedded PostgreSQL's roles. Keep with the data directory.");
            }
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** A file holding only the superuser's password, for initdb's {@code --pwfile}. */
    Path superuserPasswordFile(Path folder) throws IOException {
        Path file = ownerOnly(Files.createTempFile(folder, "pwfile", ".tmp"));
        Files.writeString(file, superuser + "\n");
        return file;
    }

    private static Path ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[hidden]";
    }
}
