package io.newsreel.ingest.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** Feed bodies too large, too many or too binary to keep as files under {@code src/test/resources/hostile/}. */
public final class Bodies {

    private Bodies() {
    }

    /** A fixture file's bytes, exactly as stored. */
    public static byte[] fixture(final String name) {
        try (InputStream in = Bodies.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture hostile/" + name);
            }
            return in.readAllBytes();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RSS 2.0 channel around the given items. */
    public static byte[] rss(final CharSequence items) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Generated</title>"
                + "<link>https://generated.example/</link><description>d</description>\n" + items
                + "</channel></rss>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A valid feed with {@code count} short items, each with its own GUID; about 60 bytes an item. */
    public static byte[] manyItems(final int count) {
        final StringBuilder items = new StringBuilder(count * 64);
        for (int i = 0; i < count; i++) {
            items.append("<item><title>Episode ").append(i).append("</title><guid>ep-").append(i)
                    .append("</guid></item>\n");
        }
        return rss(items);
    }

    /** A valid feed with one item whose description alone is {@code bytes} long (plain ASCII words). */
    public static byte[] oneHugeItem(final int bytes) {
        final String sentence = "The drama goes on and on. ";
        final StringBuilder description = new StringBuilder(bytes + sentence.length());
        while (description.length() < bytes) {
            description.append(sentence);
        }
        return rss("<item><title>The longest recap ever</title><guid>huge-1</guid><description>" + description
                + "</description></item>\n");
    }

    /** A valid-looking feed padded with a comment to more than {@code bytes}. */
    public static byte[] paddedFeed(final long bytes) {
        final char[] padding = new char[Math.toIntExact(bytes)];
        Arrays.fill(padding, 'x');
        return rss("<!-- " + new String(padding) + " -->");
    }

    /** Deterministic random bytes: the same noise on every run. */
    public static byte[] noise(final int length, final long seed) {
        final byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    public static byte[] gzip(final byte[] bytes) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Zeros compressed: a few dozen KiB on the wire that inflate to {@code decodedBytes}. */
    public static byte[] zerosCompressed(final long decodedBytes, final boolean gzip) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final byte[] zeros = new byte[1024 * 1024];
        try (DeflaterOutputStream compressor = gzip ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
            for (long written = 0; written < decodedBytes; written += zeros.length) {
                compressor.write(zeros);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A gzip body whose compressed data has been scribbled over past its 10-byte header. */
    public static byte[] scribbledGzip(final byte[] bytes) {
        final byte[] gzip = gzip(bytes);
        for (int i = 12; i < gzip.length - 8; i += 3) {
            gzip[i] = (byte) ~gzip[i];
        }
        return gzip;
    }

    /** The first half of a gzip body: the HTTP response is complete, the gzip stream is not. */
    public static byte[] cutGzip(final byte[] bytes) {
        final byte[] gzip = gzip(bytes);
        return Arrays.copyOf(gzip, gzip.length / 2);
    }

    /** UTF-16 bytes in the other byte order (the byte order mark included): swaps every pair of bytes. */
    public static byte[] swapByteOrder(final byte[] utf16) {
        final byte[] swapped = new byte[utf16.length];
        for (int i = 0; i + 1 < utf16.length; i += 2) {
            swapped[i] = utf16[i + 1];
            swapped[i + 1] = utf16[i];
        }
        return swapped;
    }

    public static byte[] firstHalf(final byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }
}
