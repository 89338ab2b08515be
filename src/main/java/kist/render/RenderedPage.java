package kist.render;

import kist.content.Page;
import kist.markdown.RenderedMarkdown;

/** A page with its body rendered from Markdown. */
public record RenderedPage(Page page, RenderedMarkdown markdown) {
}
