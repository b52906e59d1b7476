package io.newsreel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.app.Newsreel;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What follows is chosen by exactly one of --show, --person and --releases; anything else is a usage error. */
class SubscribeCommandTest {

    private final StringWriter err = new StringWriter();

    @Test
    void shouldRefuseToStartWithoutWhatToFollow() {
        assertThat(subscribe("--bootstrap-servers", "127.0.0.1:1")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required argument").contains("--show=ID", "--person=ID",
                "--releases").contains("Usage: newsreel subscribe");
    }

    @Test
    void shouldRefuseToFollowTwoThingsAtOnce() {
        assertThat(subscribe("--show", "soundtrack-2", "--releases", "--bootstrap-servers", "127.0.0.1:1"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive").contains("--show=ID", "--releases");
    }

    @Test
    void shouldRefuseAShowWithoutItsId() {
        assertThat(subscribe("--show", "--bootstrap-servers", "127.0.0.1:1")).isEqualTo(2);
    }

    private int subscribe(final String... arguments) {
        final String[] command = new String[arguments.length + 1];
        command[0] = "subscribe";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        return new CommandLine(new Newsreel()).setErr(new PrintWriter(err)).execute(command);
    }
}
