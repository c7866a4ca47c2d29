package nl.commsaudit.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows RFC 4180's quoting over the characters a CSV parser reads, and fails the read that reaches the
 * end of the file inside a quoted field. FastCSV takes such a field to the end of the file as the last
 * field of one record, without an error: an export with one stray opening quote would lose every row
 * after it silently, in a record that may even have the right number of fields (a message whose body is
 * the rest of the file). With this reader the parser fails at that record instead, and the reader of the
 * export reports it in {@code rejected.csv} as unreadable from its line to the end of the file.
 *
 * <p>The rules are the parser's: a quote opens a quoted field only at the start of a field (the start of
 * the text, or after a comma or a line break); inside, a doubled quote is a quote and a single one closes
 * the field. A quote anywhere else is a character like any other.
 */
final class QuoteTrackingReader extends FilterReader {

    static final String OPEN_AT_END = "a quoted field is not closed before the end of the file";

    private static final int OUTSIDE = 0;
    private static final int IN_QUOTES = 1;
    /** Inside quotes, just after a quote: a second one is an escaped quote, anything else closes the field. */
    private static final int QUOTE_IN_QUOTES = 2;

    private int state = OUTSIDE;
    private boolean fieldStart = true;

    QuoteTrackingReader(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            if (state == IN_QUOTES) {
                throw new IOException(OPEN_AT_END);
            }
            return n;
        }
        int s = state;
        boolean start = fieldStart;
        int end = offset + n;
        int i = offset;
        while (i < end) {
            if (s == IN_QUOTES) {
                // most characters of an export are inside quotes (message bodies): on to the next quote
                while (i < end && buffer[i] != '"') {
                    i++;
                }
                if (i < end) {
                    s = QUOTE_IN_QUOTES;
                    i++;
                }
                continue;
            }
            char c = buffer[i++];
            if (s == QUOTE_IN_QUOTES && c == '"') {
                s = IN_QUOTES; // "" inside quotes
            } else if (c == '"' && start && s == OUTSIDE) {
                s = IN_QUOTES;
                start = false;
            } else {
                s = OUTSIDE; // a closing quote followed by c, or c outside quotes
                start = c == ',' || c == '\n' || c == '\r';
            }
        }
        state = s;
        fieldStart = start;
        return n;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    /** Skipped characters are followed too. */
    @Override
    public long skip(long count) throws IOException {
        char[] buffer = new char[(int) Math.min(count, 8192)];
        long skipped = 0;
        while (skipped < count) {
            int n = read(buffer, 0, (int) Math.min(buffer.length, count - skipped));
            if (n < 0) {
                break;
            }
            skipped += n;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark not supported");
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("reset not supported");
    }
}
