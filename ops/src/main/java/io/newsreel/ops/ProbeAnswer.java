package io.newsreel.ops;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of a health probe's answer: {@code {"status":"UP"}} with HTTP 200, or
 * {@code {"status":"DOWN","reason":...}} with HTTP 503.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProbeAnswer(Status status, String reason) {

    /** Whether the probe passed, and the HTTP status that says so. */
    public enum Status {
        UP(200),
        DOWN(503);

        private final int httpStatus;

        Status(final int httpStatus) {
            this.httpStatus = httpStatus;
        }
    }

    static ProbeAnswer up() {
        return new ProbeAnswer(Status.UP, null);
    }

    static ProbeAnswer down(final String reason) {
        return new ProbeAnswer(Status.DOWN, reason);
    }

    @JsonIgnore
    public int httpStatus() {
        return status.httpStatus;
    }
}
