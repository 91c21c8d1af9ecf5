package org.upright.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup zip: one entry of JSON lines per table, then manifest.json. It writes to a hidden temporary
 * file beside the target and renames it only once everything is on disk, so FILE is never half a backup.
 */
final class BackupWriter implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path target;
    private final Path temp;
    private final ZipOutputStream zip;
    private final List<Manifest.Entry> entries = new ArrayList<>();
    private boolean finished;

    private BackupWriter(Path target, Path temp) throws IOException {
        this.target = target;
        this.temp = temp;
        this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
    }

    static BackupWriter create(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        return new BackupWriter(target, Files.createTempFile(folder, "." + target.getFileName() + ".", ".part"));
    }

    /** Writes one table's rows as one entry, counting them and hashing the bytes as they go. */
    void table(Table table, TableStore.RowSource rows) throws IOException {
        String entryName = "tables/" + table.key() + ".jsonl";
        zip.putNextEntry(new ZipEntry(entryName));
        MessageDigest sha = sha256();
        long[] count = {0};
        // never closed: closing it would close the zip
        OutputStream out = new DigestOutputStream(zip, sha);
        rows.forEach(row -> {
            out.write(RowCodec.encode(row));
            out.write('\n');
            count[0]++;
        });
        zip.closeEntry();
        List<Manifest.EntryColumn> columns = table.columns().stream()
                .map(c -> new Manifest.EntryColumn(c.name(), c.typeName())).toList();
        entries.add(new Manifest.Entry(table.name(), entryName, columns, count[0], HexFormat.of().formatHex(sha.digest())));
    }

    List<Manifest.Entry> entries() {
        return List.copyOf(entries);
    }

    /** Writes the manifest, forces the bytes to disk and puts the file in place under its name. */
    void finish(Manifest manifest) throws IOException {
        zip.putNextEntry(new ZipEntry(Manifest.NAME));
        zip.write(JSON.writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.close();
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
    }

    /** Without {@link #finish}, the temporary file is removed: a failed backup leaves nothing behind. */
    @Override
    public void close() throws IOException {
        if (finished) return;
        try {
            zip.close();
        } catch (IOException ignored) {
            // the stream is being abandoned; its file is deleted next
        }
        Files.deleteIfExists(temp);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
