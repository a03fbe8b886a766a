package org.uplift.marketplace.quote;

import java.io.InputStream;

/** A file as the provider uploads it with its answer: the name and declared size, and its bytes (checked on storing). */
public record AttachmentUpload(String filename, long size, InputStream content) {
}
