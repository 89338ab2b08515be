package kist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

/** {@code kist serve} through the command line, in-process; a test stops it by interrupting its thread. */
class ServeCommandTest {
    private static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/)");

    @TempDir
    Path dir;

    @Test
    void servesAtThePrintedAddressWithTheRealPortUntilStopped() throws Exception {
        TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                language: en
                -- content/posts/hello.md --
                ---
                title: Hello
                date: 2020-01-01
                ---
                Hello there.
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread kist = new Thread(() -> exit.set(Main.execute(
                new String[] {"serve", "--source", dir.toString(), "--port", "0"},
                new PrintWriter(out, true), new PrintWriter(err, true), Map.of("SOURCE_DATE_EPOCH", "1893456000"))));
        kist.start();
        Matcher address = ADDRESS.matcher("");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!(address = ADDRESS.matcher(out.toString())).find()) {
            assertTrue(kist.isAlive() && System.nanoTime() < deadline, "no address printed; out: " + out + "\nerr: " + err);
            Thread.sleep(20);
        }
        assertFalse(address.group(2).equals("0"), "the port actually bound is printed");

        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address.group(1)
                + "2020/01/hello/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Hello there."));

        kist.interrupt();
        kist.join(Duration.ofSeconds(60).toMillis());
        assertFalse(kist.isAlive());
        assertEquals(0, exit.get(), err.toString());
        assertTrue(err.toString().contains("kist: built 1 page"), err.toString());
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        TestSite site = TestSite.write(dir, "-- kist.yaml --\ntitle: Blog\n");
        TestSite.Run port = site.run(Map.of(), "serve", "--source", dir.toString(), "--port", "70000");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().contains("--port 70000 is not a port"), port.err());

        TestSite.Run source = site.run(Map.of(), "serve", "--source", dir.resolve("nowhere").toString());
        assertEquals(2, source.exitCode());
        assertTrue(source.err().contains("is not a folder"), source.err());

        TestSite.Run bind = site.run(Map.of(), "serve", "--source", dir.toString(), "--bind", "no-such-host.invalid");
        assertEquals(2, bind.exitCode());
        assertTrue(bind.err().contains("--bind no-such-host.invalid"), bind.err());
    }

    @Test
    void aPortInUseIsAUsageErrorThatSaysSo() throws Exception {
        TestSite site = TestSite.write(dir, "-- kist.yaml --\ntitle: Blog\n");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            TestSite.Run run = site.run(Map.of(), "serve", "--source", dir.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.exitCode());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
            assertTrue(run.err().contains("another --port"), run.err());
        }
    }

    @Test
    void helpListsTheOptions() {
        TestSite.Run help = TestSite.write(dir, "-- kist.yaml --\ntitle: Blog\n").run(Map.of(), "serve", "--help");
        assertEquals(0, help.exitCode());
        for (String option : new String[] {"--source", "--port", "--bind", "--drafts", "--future"}) {
            assertTrue(help.out().contains(option), help.out());
        }
        assertTrue(help.out().contains("default: 1313"), help.out());
    }
}
