package io.newsreel.app.config;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a wrong setting as one line, {@code newsreel sink: Invalid value for option '--http-port': ... (from
 * environment variable NEWSREEL_HTTP_PORT)}, and exits with picocli's usage-error code (2). The usage text is left
 * out: it would bury the one line that matters, and {@code --help} shows it. A misspelt option still gets picocli's
 * suggestions.
 */
public final class SettingErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(final ParameterException ex, final String[] args) {
        final CommandLine command = ex.getCommandLine();
        final PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText(command.getCommandSpec().qualifiedName() + ": "
                + ex.getMessage() + origin(ex)));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String origin(final ParameterException ex) {
        final ArgSpec arg = ex.getArgSpec();
        if (arg == null || ex.getValue() == null
                || !(arg.command().defaultValueProvider() instanceof SettingDefaults defaults)) {
            return "";
        }
        return defaults.origin(arg, ex.getValue()).map(origin -> " (from " + origin + ")").orElse("");
    }
}
