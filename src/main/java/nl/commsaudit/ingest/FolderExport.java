package nl.commsaudit.ingest;

import java.nio.file.Path;

/** An export folder with the CSV files of export-format.md. */
final class FolderExport implements Export {

    private final ExportSource.Folder source;
    private final Path folder;

    FolderExport(ExportSource.Folder source) {
        this.source = source;
        this.folder = source.path();
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
        return source.describe();
    }

    @Override
    public void close() {
        // nothing held open between readers
    }
}
