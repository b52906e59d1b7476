package io.newsreel.sink.api;

import io.javalin.http.HttpStatus;

/** A request the API refuses, with the status and the message to answer with. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient HttpStatus status;

    ApiException(final HttpStatus status, final String message) {
        super(message);
        this.status = status;
    }

    /** The request named something that does not exist. */
    static ApiException notFound(final String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message);
    }

    /** A parameter of the request is missing or malformed; the message names it. */
    static ApiException badParameter(final String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }

    HttpStatus status() {
        return status;
    }
}
