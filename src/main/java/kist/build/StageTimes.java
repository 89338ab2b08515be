package kist.build;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time per stage of one build, in order: what --timings prints, and where profiling starts. */
public final class StageTimes {
    private final Map<String, Duration> stages = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the stage that ran since the previous lap. */
    public void lap(String stage) {
        long now = System.nanoTime();
        stages.merge(stage, Duration.ofNanos(now - last), Duration::plus);
        last = now;
    }

    public Map<String, Duration> stages() {
        return stages;
    }

    /** What --timings prints: a line per stage, in order, of the stages of each map. */
    @SafeVarargs
    public static String lines(Map<String, Duration>... stageMaps) {
        StringBuilder lines = new StringBuilder();
        for (Map<String, Duration> stages : stageMaps) {
            stages.forEach((stage, time) -> lines.append(String.format(java.util.Locale.ROOT, "  %-28s %7.1f ms%n",
                    stage, time.toNanos() / 1e6)));
        }
        return lines.toString();
    }
}
