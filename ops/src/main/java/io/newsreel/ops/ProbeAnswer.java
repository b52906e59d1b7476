package io.newsreel.ops;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of a health probe's answer: {@code {"status":"UP"}} with HTTP 200, or
 * {@code {"status":"DOWN","reason":...}} with HTTP 503.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProbeAnswer(String status, String reason) {

    private static final String UP = "UP";

    static ProbeAnswer up() {
        return new ProbeAnswer(UP, null);
    }

    static ProbeAnswer down(final String reason) {
        return new ProbeAnswer("DOWN", reason);
    }

    @JsonIgnore
    public int httpStatus() {
        return UP.equals(status) ? 200 : 503;
    }
}
