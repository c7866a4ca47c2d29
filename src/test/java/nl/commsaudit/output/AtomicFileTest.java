package nl.commsaudit.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void theTargetAppearsOnlyWhenCommitted() throws Exception {
        Path target = folder.resolve("findings.csv");
        try (AtomicFile file = AtomicFile.create(target)) {
            Files.writeString(file.temporary(), "half");
            assertThat(target).doesNotExist();
            assertThat(file.temporary().getFileName().toString()).startsWith(".findings.csv.").endsWith(".tmp");
            file.commit();
        }
        assertThat(target).hasContent("half");
        assertThat(listing()).containsExactly("findings.csv");
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAndNoTemporary() throws Exception {
        Path target = folder.resolve("findings.csv");
        Files.writeString(target, "yesterday");
        try (AtomicFile file = AtomicFile.create(target)) {
            Files.writeString(file.temporary(), "half of today");
            // no commit: the writer failed
        }
        assertThat(target).hasContent("yesterday");
        assertThat(listing()).containsExactly("findings.csv");
    }

    private java.util.List<String> listing() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
