package io.newsreel.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/** Decodes a response body by its {@code Content-Encoding} and reads it up to a size cap. */
final class BodyDecoding {

    private static final int BUFFER = 16 * 1024;

    private BodyDecoding() {
    }

    static InputStream decode(final InputStream body, final String contentEncoding) throws BadEncodingException {
        final String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (encoding) {
                case "gzip", "x-gzip" -> new GZIPInputStream(body, BUFFER);
                case "deflate" -> new InflaterInputStream(body);
                case "identity", "" -> body;
                default -> throw new BadEncodingException("unsupported Content-Encoding " + encoding, null);
            };
        } catch (final IOException e) {
            throw new BadEncodingException("cannot read " + encoding + " body: " + e.getMessage(), e);
        }
    }

    static byte[] readCapped(final InputStream in, final long maxBytes) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final byte[] buffer = new byte[BUFFER];
        long total = 0;
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw new TooLargeException("body larger than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, read);
            }
        } catch (final ZipException e) {
            throw new BadEncodingException("corrupt compressed body: " + e.getMessage(), e);
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
}
