package kist.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --source DIR} option every command that works on a site shares. */
final class SiteFolder {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "the site folder (kist.yaml, content/, templates/); default: the current folder")
    Path source = Path.of(".");

    /** The site folder as an absolute path; a usage error (exit 2) when it is no folder. */
    Path root() {
        Path root = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--source " + source + " is not a folder");
        }
        return root;
    }

    /** A path inside the site as the author gave the folder ("site/x" or "../blog/site/x"). */
    Path shown(String relative) {
        return source.resolve(relative).normalize();
    }
}
