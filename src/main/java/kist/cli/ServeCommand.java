package kist.cli;

import java.io.PrintWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import kist.build.BuildOptions;
import kist.build.PageMemo;
import kist.build.PageMemoFile;
import kist.serve.DevServer;
import kist.serve.Rebuild;
import kist.serve.ServeSettings;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site in memory, serves it on this machine and builds again on every change, "
                + "reloading open pages.")
final class ServeCommand implements Callable<Integer> {
    private final Map<String, String> environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteFolder site;

    @Option(names = "--port", paramLabel = "PORT", description = "the port to listen on (0: any free port); default: ${DEFAULT-VALUE}")
    int port = 1313;

    @Option(names = "--timings", description = "print how long each stage of every build took")
    boolean timings;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "the address to listen on; default: ${DEFAULT-VALUE}, this machine only")
    String bind = "127.0.0.1";

    @CommandLine.Mixin
    Selection selection;

    ServeCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = site.root();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port " + port + " is not a port (0 to 65535)");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind " + bind + " is not an address of this machine");
        }
        if (!address.isLoopbackAddress()) {
            err.println("kist: warning: listening on " + bind + ", so other machines can read this site and its drafts;"
                    + " leave out --bind to keep it on this machine");
        }
        Instant now = BuildCommand.now(environment);
        Path memoFile = PageMemoFile.of(root);
        PageMemo memo = PageMemoFile.read(memoFile);
        DevServer started;
        try {
            started = DevServer.start(new ServeSettings(root, address, port, ServeSettings.DEFAULT_QUIET, timings),
                    base -> Rebuild.full(new BuildOptions(selection.drafts, selection.future, now, Optional.of(base), root.resolve(".kist/templates")),
                            memo),
                    err);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot listen on " + bind + ":" + port + " (" + e.getMessage() + ")"
                    + (port == 0 ? "" : "; is another kist serve running? Pass another --port, or --port 0 for any free one"));
        }
        DevServer server = started;
        // what the server rendered is kept for the next kist build or kist serve (see Stop)
        Stop stop = new Stop(server, memoFile, memo, err);
        Thread stopping = new Thread(stop, "kist-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopping);
        out.println("kist: serving " + root + " at " + server.address() + " (Ctrl+C stops)");
        out.flush();
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            // the caller (a test running kist in-process) stops the server by interrupting it
            Thread.currentThread().interrupt();
        } finally {
            stop.run();
            try {
                Runtime.getRuntime().removeShutdownHook(stopping);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down and runs the hook itself
            }
        }
        return 0;
    }

    /**
     * Stops the server and keeps what it rendered for the next kist build or kist serve, once,
     * whether Ctrl+C (the JVM's shutdown hook) or the serving thread gets there first: the other
     * waits until the cache is written, so that the JVM cannot end halfway through.
     */
    private static final class Stop implements Runnable {
        private final DevServer server;
        private final Path memoFile;
        private final PageMemo memo;
        private final PrintWriter err;
        private boolean done;

        Stop(DevServer server, Path memoFile, PageMemo memo, PrintWriter err) {
            this.server = server;
            this.memoFile = memoFile;
            this.memo = memo;
            this.err = err;
        }

        @Override
        public synchronized void run() {
            server.close();
            if (done) {
                return;
            }
            done = true;
            if (!memo.worthWritingForBuilds()) {
                return;
            }
            try {
                PageMemoFile.write(memoFile, memo);
            } catch (UncheckedIOException e) {
                err.println("kist: warning: " + e.getMessage() + "; the next build renders these pages again");
                err.flush();
            }
        }
    }
}
