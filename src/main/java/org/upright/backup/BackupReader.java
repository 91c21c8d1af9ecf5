package org.upright.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens a backup zip and checks it before anything is written: a manifest this build can read, and every
 * table entry present with the row count and SHA-256 the manifest gives. Then hands out rows entry by entry.
 */
final class BackupReader implements AutoCloseable {
    private final Path file;
    private final ZipFile zip;
    private final Manifest manifest;

    private BackupReader(Path file, ZipFile zip, Manifest manifest) {
        this.file = file;
        this.zip = zip;
        this.manifest = manifest;
    }

    static BackupReader open(Path file) {
        if (!Files.exists(file)) throw new BackupException("there is no backup at " + file + ": check the path");
        if (Files.isDirectory(file)) throw new BackupException(file + " is a folder; name the backup file (a .zip made by `upright backup`)");
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BackupException(file + " is not an UPRight backup, or it is cut short or damaged (it cannot be read as a"
                    + " zip archive: " + e.getMessage() + "); nothing was restored. Use a complete backup made by `upright backup`.");
        } catch (IOException e) {
            throw new BackupException("cannot read " + file + ": " + e.getMessage());
        }
        try {
            return new BackupReader(file, zip, readManifest(file, zip));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Manifest readManifest(Path file, ZipFile zip) {
        ZipEntry entry = zip.getEntry(Manifest.NAME);
        if (entry == null) {
            throw new BackupException(file + " is a zip archive but not an UPRight backup (it has no " + Manifest.NAME
                    + "); nothing was restored. Use a file made by `upright backup`.");
        }
        Manifest m;
        try (InputStream in = zip.getInputStream(entry)) {
            m = BackupWriter.JSON.readValue(in, Manifest.class);
        } catch (JsonProcessingException e) {
            throw new BackupException(file + ": its " + Manifest.NAME + " is damaged (" + e.getOriginalMessage() + "); nothing was restored.");
        } catch (IOException e) {
            throw new BackupException(file + " is damaged: its " + Manifest.NAME + " cannot be read (" + e.getMessage() + "); nothing was restored.");
        }
        if (!Manifest.FORMAT.equals(m.format())) {
            throw new BackupException(file + " is not an UPRight backup (its manifest names the format \"" + m.format() + "\").");
        }
        if (m.formatVersion() > Manifest.FORMAT_VERSION) {
            throw new BackupException(file + " was written in backup format " + m.formatVersion() + " by UPRight " + m.uprightVersion()
                    + "; this UPRight reads format " + Manifest.FORMAT_VERSION + " and older. Restore it with UPRight "
                    + m.uprightVersion() + " or newer.");
        }
        if (m.schemaVersion() == null || m.tables() == null) {
            throw new BackupException(file + ": its manifest lacks the schema version or the table list; nothing was restored.");
        }
        return m;
    }

    Manifest manifest() {
        return manifest;
    }

    /** Reads every entry through once: each must hold exactly the rows and bytes the manifest promises. */
    void verify() {
        for (Manifest.Entry e : manifest.tables()) {
            MessageDigest sha = BackupWriter.sha256();
            long lines = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = open(e)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                    for (int i = 0; i < n; i++) if (buffer[i] == '\n') lines++;
                }
            } catch (IOException ex) {
                throw damaged(e, "it cannot be read: " + ex.getMessage());
            }
            if (!HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(String.valueOf(e.sha256()))) {
                throw damaged(e, "its bytes do not match the SHA-256 in the manifest");
            }
            if (lines != e.rows()) throw damaged(e, "it holds " + lines + " rows where the manifest says " + e.rows());
        }
    }

    private BackupException damaged(Manifest.Entry e, String why) {
        return new BackupException(file + " is damaged: the entry of the table " + e.name() + " is not as it was written (" + why
                + "); nothing was restored. Use another backup.");
    }

    private InputStream open(Manifest.Entry e) throws IOException {
        ZipEntry entry = zip.getEntry(e.entry());
        if (entry == null) throw new IOException("the entry " + e.entry() + " is missing");
        return zip.getInputStream(entry);
    }

    /** The rows of one table, as neutral values in the order of its manifest columns. */
    TableStore.RowSource rows(Manifest.Entry e) {
        return visitor -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(open(e), StandardCharsets.UTF_8), 1 << 16)) {
                int columns = e.columns().size();
                long line = 0;
                for (String s; (s = in.readLine()) != null; ) {
                    line++;
                    Object[] row;
                    try {
                        row = RowCodec.decode(s, columns);
                    } catch (IOException ex) {
                        throw damaged(e, "line " + line + ": " + ex.getMessage());
                    }
                    visitor.row(row);
                }
            }
        };
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // only read from; nothing is lost
        }
    }
}
