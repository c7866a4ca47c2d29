package nl.commsaudit.ingest;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.springframework.core.env.PropertyResolver;

/**
 * Where an export comes from, as the command line ({@code --input}) or a job definition ({@code input:})
 * names it: a folder of CSV files, a JDBC URL, or a named datasource of the application's configuration.
 * Credentials are never part of it: they come from Spring's externalised configuration (see
 * {@link DatabaseExport}).
 */
public sealed interface ExportSource permits ExportSource.Folder, ExportSource.Database {

    String DATASOURCE_PREFIX = "datasource:";

    /**
     * @param text       {@code jdbc:...}, {@code datasource:NAME}, or a folder path
     * @param relativeTo the folder a relative path is resolved against ({@code null}: the working directory)
     */
    static ExportSource parse(String text, Path relativeTo) {
        String value = text.strip();
        if (value.startsWith("jdbc:") || value.startsWith(DATASOURCE_PREFIX)) {
            if (value.startsWith(DATASOURCE_PREFIX) && value.length() == DATASOURCE_PREFIX.length()) {
                throw new IllegalArgumentException("datasource: needs a name, e.g. datasource:exports");
            }
            return new Database(value);
        }
        Path path = Path.of(value);
        return new Folder(relativeTo == null ? path : relativeTo.resolve(path).normalize());
    }

    /** Opens the export; {@link Export#check()} is still to be called. */
    Export open(PropertyResolver configuration);

    /** For logs and the job's identity: the absolute folder, or the database without credentials. */
    String describe();

    /** A folder with the CSV files of export-format.md. */
    record Folder(Path path) implements ExportSource {

        @Override
        public Export open(PropertyResolver configuration) {
            return new FolderExport(this);
        }

        @Override
        public String describe() {
            return path.toAbsolutePath().normalize().toString();
        }
    }

    /**
     * The six tables of export-format.md in a database.
     *
     * @param reference a JDBC URL or {@code datasource:NAME}
     */
    record Database(String reference) implements ExportSource {

        private static final Pattern SECRET = Pattern.compile("(?i)(password|passwd|pwd|secret|token|sslpassword)=([^&;]*)");
        private static final Pattern USER_INFO = Pattern.compile("//([^/@:]+):([^/@]*)@");

        @Override
        public Export open(PropertyResolver configuration) {
            return DatabaseExport.open(this, configuration);
        }

        @Override
        public String describe() {
            return redact(reference);
        }

        @Override
        public String toString() {
            return describe();
        }

        /** Whether this names a datasource of the configuration rather than a URL. */
        public boolean named() {
            return reference.startsWith(DATASOURCE_PREFIX);
        }

        public String name() {
            return reference.substring(DATASOURCE_PREFIX.length());
        }

        /** A JDBC URL without the values of password-like parameters and user-info passwords. */
        public static String redact(String url) {
            String redacted = SECRET.matcher(url).replaceAll("$1=***");
            return USER_INFO.matcher(redacted).replaceAll("//$1:***@");
        }
    }
}
