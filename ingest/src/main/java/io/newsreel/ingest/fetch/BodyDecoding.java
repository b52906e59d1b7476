package io.newsreel.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Decodes a response body by its {@code Content-Encoding} and reads it up to a size cap. */
final class BodyDecoding {

    private static final int BUFFER = 16 * 1024;

    private BodyDecoding() {
    }

    /**
     * The decoded body. A failure of the connection underneath (timeout, reset) comes out as the transport's own
     * exception; only bytes the decoder cannot make sense of (bad header, corrupt data, a stream that ends early
     * although the response was complete) become a {@link BadEncodingException}.
     */
    static InputStream decode(final InputStream body, final String contentEncoding) throws IOException {
        final String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        if (encoding.equals("identity") || encoding.isEmpty()) {
            return body;
        }
        final boolean gzip = encoding.equals("gzip") || encoding.equals("x-gzip");
        if (!gzip && !encoding.equals("deflate")) {
            throw new BadEncodingException("unsupported Content-Encoding " + encoding, null);
        }
        final Transport transport = new Transport(body);
        try {
            // GZIPInputStream reads the gzip header here, from the network.
            return new Decoded(gzip ? new GZIPInputStream(transport, BUFFER) : new InflaterInputStream(transport),
                    encoding);
        } catch (final TransportFailure e) {
            throw e.original();
        } catch (final IOException e) {
            throw new BadEncodingException("cannot read " + encoding + " body: " + e.getMessage(), e);
        }
    }

    static byte[] readCapped(final InputStream in, final long maxBytes) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > maxBytes) {
                throw new TooLargeException("body larger than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** The decoded body is over the cap. */
    static final class TooLargeException extends IOException {
        TooLargeException(final String message) {
            super(message);
        }
    }

    /** The body cannot be decoded as its {@code Content-Encoding} says. */
    static final class BadEncodingException extends IOException {
        BadEncodingException(final String message, final Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Marks every failure of the raw body stream, so that a decoder's own exceptions (the JDK's inflaters throw
     * plain {@code EOFException} and {@code ZipException}) can be told from the connection's.
     */
    private static final class Transport extends FilterInputStream {
        Transport(final InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (final IOException e) {
                throw new TransportFailure(e);
            }
        }

        @Override
        public int read(final byte[] b, final int off, final int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (final IOException e) {
                throw new TransportFailure(e);
            }
        }
    }

    /** A decoding stream: transport failures come out unwrapped, anything else the decoder throws as bad encoding. */
    private static final class Decoded extends FilterInputStream {
        private final String encoding;

        Decoded(final InputStream decoder, final String encoding) {
            super(decoder);
            this.encoding = encoding;
        }

        @Override
        public int read() throws IOException {
            final byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(final byte[] b, final int off, final int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (final TransportFailure e) {
                throw e.original();
            } catch (final IOException e) {
                throw new BadEncodingException("corrupt " + encoding + " body: " + e.getMessage(), e);
            }
        }
    }

    private static final class TransportFailure extends IOException {
        TransportFailure(final IOException cause) {
            super(cause);
        }

        IOException original() {
            return (IOException) getCause();
        }
    }
}
