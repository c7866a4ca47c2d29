package nl.commsaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class RootCauseTest {

    @Test
    void readsTheFirstLineOfTheDeepestCause() {
        Exception failure = new IllegalStateException("step failed",
                new UncheckedIOException(new IOException("Connection refused\n\tat some.Driver")));
        assertThat(RootCause.firstLine(failure)).isEqualTo("Connection refused");
    }

    @Test
    void stopsAtWhatIsWrongWithTheExport() {
        Exception failure = new IllegalStateException("step failed",
                new UnusableExportException("required file missing: /data/sellers.csv", new IOException("ENOENT")));
        assertThat(RootCause.firstLine(failure)).isEqualTo("required file missing: /data/sellers.csv");
    }

    @Test
    void namesACauseWithoutMessage() {
        assertThat(RootCause.firstLine(new RuntimeException("wrapped", new NullPointerException())))
                .isEqualTo("NullPointerException");
    }
}
