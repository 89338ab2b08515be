package kist.serve;

import kist.build.BuildOptions;
import kist.build.BuildResult;
import kist.build.SiteBuilder;
import kist.build.SiteSources;

/**
 * How the dev server turns the sources it read into a site: one builder for the server's
 * lifetime, which renders again only the pages a change affects.
 */
public interface Rebuild {
    BuildResult build(SiteSources sources);

    /**
     * Builds by one {@link SiteBuilder} kept for the server's lifetime: pages whose body and link
     * environment did not change are taken over from the previous build, and compiled site
     * templates (under {@code .kist/templates/}) are reused.
     */
    static Rebuild full(BuildOptions options) {
        SiteBuilder builder = new SiteBuilder(options, new kist.build.RenderCache());
        return builder::build;
    }
}
