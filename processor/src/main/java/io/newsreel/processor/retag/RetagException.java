package io.newsreel.processor.retag;

/** A re-tag could not read its inputs or publish its corrections; nothing of the failed batch was published. */
public final class RetagException extends RuntimeException {

    public RetagException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
