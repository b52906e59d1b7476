package io.newsreel.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line that runs newsreel in a JVM of its own, on the test JVM's class path. */
public final class NewsreelCommandLine {

    private NewsreelCommandLine() {
    }

    /**
     * @param jvmOptions options of the child JVM, such as its heap
     * @param arguments newsreel's command and its arguments
     */
    public static List<String> of(final List<String> jvmOptions, final List<String> arguments) {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(Newsreel.class.getName());
        command.addAll(arguments);
        return command;
    }

    /**
     * The test's own class path. Failsafe runs tests from a manifest-only jar and hands the real class path over in
     * {@code surefire.test.class.path}; either works for a child JVM.
     */
    private static String classPath() {
        final String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
