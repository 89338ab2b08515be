package kist.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The layout: the same every time, inside its frame, nodes apart, linked nodes near. */
class MapLayoutTest {
    private static final MapLayout.Frame FRAME = new MapLayout.Frame(1000, 300, 800, 80, 20, 30, 200);

    /** {@code techniques} techniques and {@code posts} posts, each post carrying one or two techniques, some posts linking. */
    private static KnowledgeMap map(int techniques, int posts, Optional<String> focus) {
        List<KnowledgeMap.Node> nodes = new ArrayList<>();
        for (int t = 0; t < techniques; t++) {
            nodes.add(new KnowledgeMap.Node(KnowledgeMap.Kind.TECHNIQUE, String.format("/t/%05d/", t), "t" + t, 1));
        }
        for (int p = 0; p < posts; p++) {
            nodes.add(new KnowledgeMap.Node(KnowledgeMap.Kind.POST, String.format("/p/%05d/", p), "p" + p, 1));
        }
        List<KnowledgeMap.Edge> edges = new ArrayList<>();
        for (int p = 0; p < posts; p++) {
            int post = techniques + p;
            edges.add(new KnowledgeMap.Edge(p % techniques, post, KnowledgeMap.Join.CARRIES));
            if (p % 3 == 0 && (p * 7) % techniques != p % techniques) {
                int second = (p * 7) % techniques;
                edges.add(new KnowledgeMap.Edge(second, post, KnowledgeMap.Join.CARRIES));
            }
            if (p % 4 == 1 && p > 1) {
                edges.add(new KnowledgeMap.Edge(techniques + p / 2, post, KnowledgeMap.Join.LINKS));
            }
        }
        edges.sort(java.util.Comparator.comparingInt(KnowledgeMap.Edge::from).thenComparingInt(KnowledgeMap.Edge::to));
        return new KnowledgeMap(nodes, edges, focus, 0);
    }

    @Test
    void theSameMapIsLaidOutTheSameWay() {
        assertEquals(MapLayout.place(map(6, 40, Optional.empty()), FRAME), MapLayout.place(map(6, 40, Optional.empty()), FRAME));
    }

    @Test
    void everyNodeIsInsideTheFrameAndNoTwoShareASpot() {
        for (KnowledgeMap map : List.of(map(1, 1, Optional.empty()), map(3, 2, Optional.empty()), map(8, 60, Optional.empty()),
                map(40, 3000, Optional.empty()))) {
            MapLayout.Placement placement = MapLayout.place(map, FRAME);
            assertEquals(map.nodes().size(), placement.points().size());
            assertTrue(placement.height() >= FRAME.minHeight() && placement.height() <= FRAME.maxHeight(), "height " + placement.height());
            Set<String> spots = new HashSet<>();
            for (MapLayout.Point p : placement.points()) {
                assertTrue(p.x() >= FRAME.side() - 1e-9 && p.x() <= FRAME.width() - FRAME.side() + 1e-9, "x " + p.x());
                assertTrue(p.y() >= FRAME.top() - 1e-9 && p.y() <= placement.height() - FRAME.bottom() + 1e-9, "y " + p.y());
                spots.add(Math.round(p.x() * 10) + "," + Math.round(p.y() * 10));
            }
            assertEquals(map.nodes().size(), spots.size(), "distinct spots for " + map.nodes().size() + " nodes");
        }
    }

    @Test
    void theFocusIsInTheMiddleAndPostsSitNearerTheirTechniqueThanOthers() {
        KnowledgeMap map = map(5, 30, Optional.of("/t/00000/"));
        List<MapLayout.Point> points = MapLayout.layout(map);
        // the focus is pinned at the origin
        assertEquals(new MapLayout.Point(0, 0), points.get(0));
        // a post is nearer the technique it carries than the mean distance to the other techniques
        int nearer = 0;
        for (int p = 0; p < 30; p++) {
            int own = p % 5;
            double mine = distance(points.get(5 + p), points.get(own));
            double others = 0;
            for (int t = 0; t < 5; t++) {
                others += t == own ? 0 : distance(points.get(5 + p), points.get(t)) / 4;
            }
            nearer += mine < others ? 1 : 0;
        }
        assertTrue(nearer >= 27, nearer + " of 30 posts near their technique");
    }

    private static double distance(MapLayout.Point a, MapLayout.Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
