package kist.serve;

import kist.build.BuildOptions;
import kist.build.BuildResult;
import kist.build.SiteBuilder;
import kist.build.SiteSources;

/**
 * How the dev server turns the sources it read into a site. Today every change rebuilds the whole
 * site; an incremental engine plugs in here without the server noticing.
 */
public interface Rebuild {
    BuildResult build(SiteSources sources);

    /**
     * A full build by one {@link SiteBuilder} kept for the server's lifetime, so whatever it keeps
     * between builds (compiled site templates, under {@code .kist/templates/}) is reused.
     */
    static Rebuild full(BuildOptions options) {
        SiteBuilder builder = new SiteBuilder(options);
        return builder::build;
    }
}
