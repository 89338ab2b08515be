package kist.render;

import kist.content.Page;
import kist.markdown.RenderedMarkdown;

/** A page with its body rendered from Markdown, and what is counted and indexed of its text. */
public record RenderedPage(Page page, RenderedMarkdown markdown, TextFacts text) {
}
