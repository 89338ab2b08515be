package kist.render;

import java.util.Map;

/** The model of {@code page.jte}: a page outside the stream of posts (over-mij, colofon). */
public record StandalonePage(Site site, Head head, String title, Html body, Html toc,
                             java.util.List<BacklinkView> backlinks, Map<String, Object> params) {
}
