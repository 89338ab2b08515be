package kist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import kist.config.SiteConfig;
import kist.config.SiteConfigLoader;
import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.render.ThemeFiles;
import kist.scaffold.NewPost;
import kist.scaffold.NewSite;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Starts a post, or a whole new site.",
        subcommands = {NewCommand.Post.class, NewCommand.Site.class})
final class NewCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to create: kist new post \"Title\" or kist new site DIR");
    }

    /** Today (or SOURCE_DATE_EPOCH's day, when set) as the calendar of {@code timeZone} has it. */
    static LocalDate today(Map<String, String> environment, ZoneId timeZone) {
        return LocalDate.ofInstant(BuildCommand.now(environment), timeZone);
    }

    @Command(name = "post", mixinStandardHelpOptions = true,
            description = "Writes content/posts/<slug>.md as a draft dated today and prints its path; never overwrites a file.")
    static final class Post implements Callable<Integer> {
        private final Map<String, String> environment;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TITLE", description = "the post's title; its slug names the file")
        String title;

        @CommandLine.Mixin
        SiteFolder folder;

        @Option(names = "--techniques", paramLabel = "NAME", split = ",", description = "techniques of the post, separated by commas")
        List<String> techniques = List.of();

        @Option(names = "--series", paramLabel = "NAME", description = "the series the post belongs to")
        String series;

        Post(Map<String, String> environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (title.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the title is empty");
            }
            Path root = folder.root();
            Path config = root.resolve(SiteConfigLoader.FILE_NAME);
            if (!Files.isRegularFile(config)) {
                err.println(Diagnostic.error(SiteConfigLoader.FILE_NAME, 0, 0, "no kist.yaml in " + root + ", so it is not a kist site",
                        "run kist new post in a site folder, pass --source DIR, or create a site with: kist new site DIR").format());
                return Main.CONTENT_ERRORS;
            }
            Outcome<SiteConfig> site;
            try {
                site = SiteConfigLoader.load(Files.readString(config, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + config, e);
            }
            site.diagnostics().forEach(diagnostic -> err.println(diagnostic.format()));
            if (site.value().isEmpty()) {
                return Main.CONTENT_ERRORS;
            }
            List<String> names = techniques.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
            // dated by the site's calendar, by which the build tells a post of today from a future one
            NewPost.Draft draft = NewPost.of(title, today(environment, site.value().get().timeZone()), names,
                    Optional.ofNullable(series).map(String::strip).filter(name -> !name.isEmpty()), site.value().get().language());
            Path file = root.resolve(draft.path());
            Path shown = folder.shown(draft.path());
            // a post may also be a folder with index.md: the same slug, so the same address
            String bundle = draft.path().replaceFirst("\\.md$", "/index.md");
            if (Files.exists(root.resolve(bundle))) {
                return refuse(err, folder.shown(bundle));
            }
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, draft.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                return refuse(err, shown);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            spec.commandLine().getOut().println(shown);
            return 0;
        }

        private static int refuse(PrintWriter err, Path existing) {
            err.println("kist: " + existing + " exists already; nothing was changed");
            err.println("  hint: edit that file, or choose another title");
            return Main.CONTENT_ERRORS;
        }
    }

    @Command(name = "site", mixinStandardHelpOptions = true,
            description = "Creates a site that builds at once in a new or empty folder: kist.yaml, a first post, "
                    + "a technique, an about page and the theme in templates/.")
    static final class Site implements Callable<Integer> {
        private final Map<String, String> environment;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "the folder to create; it must not exist or be empty")
        Path directory;

        @Option(names = "--language", paramLabel = "LANG", description = "en (default) or nl: dates, interface strings and the sample text")
        String language = "en";

        @Option(names = "--time-zone", paramLabel = "ZONE",
                description = "where you live, such as Europe/Amsterdam: a date without a time begins at midnight there; default: this computer's")
        String timeZone;

        Site(Map<String, String> environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!List.of("en", "nl").contains(language)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--language must be en or nl, not '" + language + "'");
            }
            Path root = directory.toAbsolutePath().normalize();
            if (Files.exists(root) && (!Files.isDirectory(root) || !isEmpty(root))) {
                err.println("kist: " + directory + (Files.isDirectory(root) ? " is not empty" : " is a file") + "; nothing was changed");
                err.println("  hint: name a new folder, or an empty one: kist new site my-blog");
                return Main.CONTENT_ERRORS;
            }
            String title = root.getFileName() == null ? "kist" : root.getFileName().toString();
            // the site lives where its author does: unless told, where this computer is
            ZoneId zone = timeZone == null ? ZoneId.systemDefault() : SiteConfigLoader.parseTimeZone(timeZone).orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(),
                            "--time-zone must be a region such as Europe/Amsterdam, UTC or an offset such as +01:00, not '" + timeZone + "'"));
            Map<String, byte[]> files = NewSite.files(title, language, zone, today(environment, zone), ThemeFiles.builtin());
            try {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    Path target = root.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the new site into " + root, e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created a kist site in " + directory + ":");
            files.keySet().stream().filter(path -> !path.startsWith("templates/")).forEach(path -> out.println("  " + path));
            out.println("  templates/  (the theme: change it as you like)");
            out.println();
            out.println("Next steps:");
            out.println("  cd " + directory + " && kist build");
            out.println("  kist new post \"My first real post\"");
            return 0;
        }

        private static boolean isEmpty(Path folder) {
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.findAny().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
    }
}
