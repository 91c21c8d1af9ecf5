package org.upright.export;

import java.io.IOException;

/** Writes rows of one export format to a stream as they come, holding none of them. */
interface ExportWriter {
    void write(ExportRow row) throws IOException;

    /** Writes what closes the document (the end of the array, the workbook's parts) and flushes; leaves the stream open. */
    void finish() throws IOException;
}
