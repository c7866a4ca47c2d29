package nl.commsaudit.ingest;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** A restartable reader of one table of the export, a CSV file or a database table. */
public interface ExportReader extends ItemStreamReader<SourceRow> {

    /** The table it reads. */
    ExportTable table();

    /** Rows returned so far, including those skipped over on a restart. */
    long rowsRead();
}
