package nl.commsaudit.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names for seller workbooks. A seller id is data, not a path: anything but letters, digits,
 * {@code - _ .} becomes {@code _}, leading dots and Windows device names ({@code CON}, {@code NUL},
 * {@code COM1}, ...) are defused, the name is kept short, and whenever the id had to be changed a short
 * hash of the original id is appended, so two ids that sanitise alike still get different files. The
 * file always lands inside the output folder.
 */
public final class ReportFiles {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5",
            "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final int MAX_LENGTH = 80;

    private ReportFiles() {
    }

    /** The file name (without folder) of a seller's workbook. */
    public static String fileName(String sellerId) {
        String safe = UNSAFE.matcher(sellerId).replaceAll("_").replaceFirst("^[._]+", "");
        String base = safe.contains(".") ? safe.substring(0, safe.indexOf('.')) : safe;
        if (DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            safe = "_" + safe;
        }
        boolean changed = !safe.equals(sellerId) || safe.length() > MAX_LENGTH || safe.isEmpty();
        if (safe.length() > MAX_LENGTH) {
            safe = safe.substring(0, MAX_LENGTH);
        }
        if (changed) {
            safe = (safe.isEmpty() ? "seller" : safe) + "-" + hash(sellerId);
        }
        return "audit-" + safe + ".xlsx";
    }

    /** The workbook's path in the output folder, checked to stay inside it. */
    public static Path path(Path folder, String sellerId) {
        Path root = folder.toAbsolutePath().normalize();
        Path file = root.resolve(fileName(sellerId)).normalize();
        if (!file.getParent().equals(root)) {
            throw new IllegalStateException("report file name escapes the output folder: " + file);
        }
        return file;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
