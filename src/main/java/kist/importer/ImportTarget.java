package kist.importer;

import java.util.Map;

import kist.config.SiteConfig;

/**
 * The site an export goes into: its settings, kist.yaml as written (to merge redirects into), and
 * its techniques by every folded name (file name, title, aliases).
 */
record ImportTarget(SiteConfig config, String configText, Map<String, Technique> techniques) {
    ImportTarget {
        techniques = Map.copyOf(techniques);
    }

    /** A technique of the site: the name posts should use, and its page. */
    record Technique(String name, String url) {
    }
}
