package nl.commsaudit.ingest;

import java.nio.file.Path;

/** An export folder with the CSV files of export-format.md. */
final class FolderExport implements Export {

    private final Path folder;

    FolderExport(Path folder) {
        this.folder = folder;
    }

    @Override
    public void check() {
        ExportFiles.check(folder);
    }

    @Override
    public ExportReader reader(ExportTable table) {
        return new ExportCsvReader(table, folder);
    }

    @Override
    public String describe() {
        return folder.toAbsolutePath().normalize().toString();
    }

    @Override
    public void close() {
        // nothing held open between readers
    }
}
