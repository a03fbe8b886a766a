package org.uplift.assessment.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** An evidence file opened for download: its description and its bytes (close the stream when done). */
public record EvidenceContent(EvidenceFile file, InputStream content) implements Closeable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
