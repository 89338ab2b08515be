package kist.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the nodes of a {@link KnowledgeMap} go: a force-directed layout (Fruchterman–Reingold)
 * that comes out the same on every machine and every run. It starts from rings in node order
 * (techniques inside, each post near its techniques), runs a fixed number of rounds, sums forces
 * in index order and uses {@link StrictMath} for angles. Repulsion reaches only nodes in
 * neighbouring cells of a grid, so a round costs about nodes + edges, never nodes².
 *
 * <p>Distances are in units of the ideal edge length until {@link #place} scales them to pixels.
 */
public final class MapLayout {
    static final int ROUNDS = 300;
    /** How far repulsion reaches, in edge lengths; also the grid's cell size. */
    private static final double REACH = 2.5;
    /**
     * Labels are wide and short, so nodes side by side need more room than nodes above each
     * other: horizontal distance counts for this much when nodes push each other away.
     */
    private static final double LABEL_ASPECT = 0.55;
    private static final double GOLDEN_ANGLE = StrictMath.PI * (3 - StrictMath.sqrt(5));

    private MapLayout() {
    }

    public record Point(double x, double y) {
    }

    /** The points of a map's nodes (in node order) inside a box of {@code width} × {@code height} pixels. */
    public record Placement(List<Point> points, double width, double height) {
        public Placement {
            points = List.copyOf(points);
        }
    }

    /**
     * The box a map is drawn in, in pixels: its width, the range of its height, the room kept
     * around the nodes for their labels, and the longest an ideal edge may be drawn (so that a
     * map of three nodes is not blown up to fill the box).
     */
    public record Frame(double width, double minHeight, double maxHeight, double side, double top, double bottom,
                        double maxEdge) {
    }

    /**
     * Lays the map out and scales it, keeping its proportions, to fill the frame's width, or
     * its greatest height when the map is tall; the height follows from the layout.
     */
    public static Placement place(KnowledgeMap map, Frame frame) {
        List<Point> layout = layout(map);
        if (layout.isEmpty()) {
            return new Placement(List.of(), frame.width(), frame.minHeight());
        }
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point p : layout) {
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        double inner = frame.width() - 2 * frame.side();
        double scale = frame.maxEdge();
        if (maxX > minX) {
            scale = Math.min(scale, inner / (maxX - minX));
        }
        if (maxY > minY) {
            scale = Math.min(scale, (frame.maxHeight() - frame.top() - frame.bottom()) / (maxY - minY));
        }
        double contentHeight = (maxY - minY) * scale;
        double height = Math.max(frame.minHeight(), contentHeight + frame.top() + frame.bottom());
        double left = frame.side() + (inner - (maxX - minX) * scale) / 2;
        double top = frame.top() + (height - frame.top() - frame.bottom() - contentHeight) / 2;
        List<Point> points = new ArrayList<>(layout.size());
        for (Point p : layout) {
            points.add(new Point(left + (p.x() - minX) * scale, top + (p.y() - minY) * scale));
        }
        return new Placement(points, frame.width(), height);
    }

    /** The layout in edge lengths, centred near the origin. */
    static List<Point> layout(KnowledgeMap map) {
        int n = map.nodes().size();
        double[] x = new double[n];
        double[] y = new double[n];
        int focus = -1;
        for (int i = 0; i < n; i++) {
            if (map.focus().isPresent() && map.nodes().get(i).url().equals(map.focus().get())) {
                focus = i;
            }
        }
        start(map, focus, x, y);
        double[] dx = new double[n];
        double[] dy = new double[n];
        // hubs (a technique with many posts) push harder, as in ForceAtlas2, so that they spread
        // out instead of crowding the middle with their labels
        double[] mass = new double[n];
        java.util.Arrays.fill(mass, 1);
        for (KnowledgeMap.Edge edge : map.edges()) {
            mass[edge.from()] += 1;
            mass[edge.to()] += 1;
        }
        for (int i = 0; i < n; i++) {
            mass[i] = 1 + Math.log(mass[i]) / 2;
        }
        double gravity = 0.9 / Math.sqrt(Math.max(n, 1));
        double hottest = Math.max(1.0, Math.sqrt(n) / 2);
        for (int round = 0; round < ROUNDS; round++) {
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            repel(x, y, mass, dx, dy);
            for (KnowledgeMap.Edge edge : map.edges()) {
                double ex = x[edge.to()] - x[edge.from()];
                double ey = y[edge.to()] - y[edge.from()];
                double d = Math.sqrt(ex * ex + ey * ey);
                // force d²/k along the edge, k = 1
                dx[edge.from()] += ex * d;
                dy[edge.from()] += ey * d;
                dx[edge.to()] -= ex * d;
                dy[edge.to()] -= ey * d;
            }
            double temperature = hottest * (1 - (double) round / ROUNDS) + 0.01;
            for (int i = 0; i < n; i++) {
                if (i == focus) {
                    continue;
                }
                double fx = dx[i] - gravity * x[i];
                double fy = dy[i] - gravity * y[i];
                double length = Math.sqrt(fx * fx + fy * fy);
                if (length > 0) {
                    double step = Math.min(length, temperature) / length;
                    x[i] += fx * step;
                    y[i] += fy * step;
                }
            }
        }
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new Point(x[i], y[i]));
        }
        return points;
    }

    /**
     * Techniques on an inner ring in node order (the focus, if any, in the middle); each post
     * or page at the mean angle of its techniques on an outer ring, the others spread around it.
     */
    private static void start(KnowledgeMap map, int focus, double[] x, double[] y) {
        int n = map.nodes().size();
        List<Integer> techniques = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i != focus && map.nodes().get(i).kind() == KnowledgeMap.Kind.TECHNIQUE) {
                techniques.add(i);
            }
        }
        double inner = Math.max(focus >= 0 ? 1.6 : 0.8, techniques.size() * 1.3 / (2 * StrictMath.PI));
        double[] angle = new double[n];
        boolean[] placed = new boolean[n];
        for (int rank = 0; rank < techniques.size(); rank++) {
            int i = techniques.get(rank);
            angle[i] = 2 * StrictMath.PI * rank / techniques.size() - StrictMath.PI / 2;
            x[i] = inner * StrictMath.cos(angle[i]);
            y[i] = inner * StrictMath.sin(angle[i]);
            placed[i] = true;
        }
        if (focus >= 0) {
            placed[focus] = true;
        }
        double[] sumCos = new double[n];
        double[] sumSin = new double[n];
        for (KnowledgeMap.Edge edge : map.edges()) {
            for (int[] pair : new int[][] {{edge.from(), edge.to()}, {edge.to(), edge.from()}}) {
                if (placed[pair[1]] && pair[1] != focus && !placed[pair[0]]) {
                    sumCos[pair[0]] += StrictMath.cos(angle[pair[1]]);
                    sumSin[pair[0]] += StrictMath.sin(angle[pair[1]]);
                }
            }
        }
        int rank = 0;
        for (int i = 0; i < n; i++) {
            if (placed[i]) {
                continue;
            }
            boolean anchored = Math.abs(sumCos[i]) + Math.abs(sumSin[i]) > 1e-9;
            // the golden angle spreads nodes without anchors evenly, and nudges apart those that share one
            double spread = rank * GOLDEN_ANGLE;
            double a = anchored
                    ? StrictMath.atan2(sumSin[i], sumCos[i]) + (spread % (2 * StrictMath.PI) - StrictMath.PI) * 0.15
                    : spread;
            double radius = inner + (anchored ? 1.2 : 2.2) + 0.4 * (rank % 3);
            x[i] = radius * StrictMath.cos(a);
            y[i] = radius * StrictMath.sin(a);
            rank++;
        }
    }

    /**
     * Repulsion k²/d between nodes that see each other closer than {@link #REACH}, found through
     * a grid whose cells are that reach wide (wider across, as labels make distance count less there).
     */
    private static void repel(double[] x, double[] y, double[] mass, double[] dx, double[] dy) {
        int n = x.length;
        Map<Long, List<Integer>> cells = new HashMap<>();
        long[] column = new long[n];
        long[] row = new long[n];
        for (int i = 0; i < n; i++) {
            column[i] = (long) Math.floor(x[i] * LABEL_ASPECT / REACH);
            row[i] = (long) Math.floor(y[i] / REACH);
            cells.computeIfAbsent(cell(column[i], row[i]), key -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < n; i++) {
            for (long across = -1; across <= 1; across++) {
                for (long down = -1; down <= 1; down++) {
                    // each list is in index order and each pair is taken once, from its smaller index
                    for (int j : cells.getOrDefault(cell(column[i] + across, row[i] + down), List.of())) {
                        if (j > i) {
                            push(i, j, x, y, mass, dx, dy);
                        }
                    }
                }
            }
        }
    }

    private static long cell(long cx, long cy) {
        return (cx << 32) + cy;
    }

    private static void push(int i, int j, double[] x, double[] y, double[] mass, double[] dx, double[] dy) {
        double ex = x[i] - x[j];
        double ey = y[i] - y[j];
        double d = Math.sqrt(ex * ex + ey * ey);
        if (d < 1e-6) {
            // two nodes on one spot: part them along a direction fixed by their indexes
            double a = (i * 31 + j * 17) % 360 * StrictMath.PI / 180;
            ex = 1e-3 * StrictMath.cos(a);
            ey = 1e-3 * StrictMath.sin(a);
            d = 1e-3;
        }
        double seen = Math.sqrt(ex * LABEL_ASPECT * ex * LABEL_ASPECT + ey * ey);
        if (seen >= REACH) {
            return;
        }
        double force = mass[i] * mass[j] / Math.max(seen, 1e-3) / d;
        dx[i] += ex * force;
        dy[i] += ey * force;
        dx[j] -= ex * force;
        dy[j] -= ey * force;
    }
}
