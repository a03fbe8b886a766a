package org.uplift.assessment.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.uplift.tenancy.TenantContext;

/**
 * A download that keeps reading as the tenant that opened it: GridFS fetches chunks lazily, and the
 * bytes may be written out after the caller's tenant context is gone (or on another thread).
 */
public final class TenantCarryingInputStream extends FilterInputStream {

    private final String tenant;

    public TenantCarryingInputStream(InputStream in, String tenant) {
        super(in);
        this.tenant = tenant;
    }

    @Override
    public int read() throws IOException {
        return as(() -> in.read());
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return as(() -> in.read(b, off, len));
    }

    @Override
    public long skip(long n) throws IOException {
        return as(() -> in.skip(n));
    }

    private interface Read<T> {
        T run() throws IOException;
    }

    private <T> T as(Read<T> read) throws IOException {
        try {
            return TenantContext.callAs(tenant, () -> {
                try {
                    return read.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
