package io.newsreel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsreel.app.Newsreel;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Feed options that cannot be right stop the command before it reaches Kafka, saying what would be. */
class FeedsCommandTest {

    @Test
    void shouldAskForKafkaWhenNeitherOptionNorEnvironmentNamesIt() {
        assumeTrue(System.getenv("NEWSREEL_BOOTSTRAP_SERVERS") == null, "the environment names a Kafka");
        final StringWriter err = new StringWriter();

        final int exit = new CommandLine(new Newsreel()).setErr(new PrintWriter(err)).execute("feeds", "remove",
                "https://desk.example/feed.xml");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Missing the Kafka bootstrap servers: give --bootstrap-servers "
                + "HOST:PORT or set NEWSREEL_BOOTSTRAP_SERVERS");
    }

    @Test
    void shouldRefuseAZoneThatIsNoTimeZone() {
        final StringWriter err = new StringWriter();

        final int exit = new CommandLine(new Newsreel()).setErr(new PrintWriter(err)).execute("feeds", "add",
                "https://desk.example/feed.xml", "--zone", "Mars/Base", "--bootstrap-servers", "127.0.0.1:1");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--zone': 'Mars/Base' is not a time zone: "
                + "use an IANA id such as Asia/Seoul");
    }
}
