package kg.omb.directory.domain;

import java.io.InputStream;

/** The scan of a signed act as it arrives: its bytes (read to the end, not closed), its file name, its size or -1. */
public record ScanUpload(InputStream content, String originalName, long declaredSize) {
}
