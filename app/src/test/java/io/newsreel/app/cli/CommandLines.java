package io.newsreel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.app.Newsreel;
import io.newsreel.testkit.KafkaCluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** newsreel's command lines as a user types them, pointed at the test cluster. */
final class CommandLines {

    private CommandLines() {
    }

    /** {@code newsreel COMMAND ARGUMENT... --bootstrap-servers <the test cluster>}. */
    static String[] against(final KafkaCluster kafka, final String command, final String... arguments) {
        final List<String> line = new ArrayList<>(List.of(command));
        line.addAll(List.of(arguments));
        line.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers()));
        return line.toArray(String[]::new);
    }

    /** Runs the command in this JVM and returns what it printed; fails unless it exits with 0. */
    static String command(final KafkaCluster kafka, final String command, final String... arguments) {
        final StringWriter out = new StringWriter();
        final String[] line = against(kafka, command, arguments);
        final int exit = new CommandLine(new Newsreel()).setOut(new PrintWriter(out)).execute(line);
        assertThat(exit).as("exit code of %s", String.join(" ", line)).isZero();
        return out.toString();
    }
}
