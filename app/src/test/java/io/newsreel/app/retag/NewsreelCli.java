package io.newsreel.app.retag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.app.Newsreel;
import io.newsreel.testkit.KafkaCluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code newsreel} commands in-process against the test's cluster, as a user would type them. */
public final class NewsreelCli {

    private final KafkaCluster kafka;

    public NewsreelCli(final KafkaCluster kafka) {
        this.kafka = kafka;
    }

    /** Runs the command with {@code --bootstrap-servers} appended, asserts it succeeded, returns its output lines. */
    public List<String> run(final String... arguments) {
        final List<String> command = new ArrayList<>(List.of(arguments));
        command.add("--bootstrap-servers");
        command.add(kafka.bootstrapServers());
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exit = new CommandLine(new Newsreel()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(command.toArray(String[]::new));
        assertThat(exit).as("exit code of %s; error output: %s", String.join(" ", command), err).isZero();
        return out.toString().lines().toList();
    }
}
