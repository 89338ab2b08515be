package kist.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kist} command: exit 0 on success, 1 when the content has errors, 2 on usage errors. */
@Command(name = "kist",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a static blog and knowledge site from Markdown.",
        subcommands = {BuildCommand.class, ServeCommand.class, NewCommand.class, CheckCommand.class,
                ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    static final int CONTENT_ERRORS = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.getenv()));
    }

    /** Runs kist in-process; tests call this with their own writers and environment. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new Main(), new CommandFactory(environment));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        int exit = commandLine.execute(args);
        out.flush();
        err.flush();
        return exit;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = java.util.Optional.ofNullable(Main.class.getPackage().getImplementationVersion()).orElse("dev");
            return new String[] {"kist " + version};
        }
    }

    /** Hands the environment to commands without a global: tests run kist side by side. */
    private record CommandFactory(java.util.Map<String, String> environment) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == BuildCommand.class) {
                return type.cast(new BuildCommand(environment));
            }
            if (type == NewCommand.Post.class) {
                return type.cast(new NewCommand.Post(environment));
            }
            if (type == NewCommand.Site.class) {
                return type.cast(new NewCommand.Site(environment));
            }
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(environment));
            }
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(environment));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
