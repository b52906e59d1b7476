package io.newsreel.app.config;

/** A setting that stops a command from starting; the message names the setting and where it came from. */
public final class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingException(final String message) {
        super(message);
    }
}
