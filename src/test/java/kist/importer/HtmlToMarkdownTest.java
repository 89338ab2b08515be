package kist.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlToMarkdownTest {
    private final HtmlToMarkdown converter = new HtmlToMarkdown();

    private String convert(String html) {
        return converter.convert(Jsoup.parseBodyFragment(html).body());
    }

    @Test
    void print() {
        System.out.println("----\n" + convert("<div>Eerste regel<br />tweede regel<br /><br />Nieuwe alinea met &amp; en &eacute; en&nbsp;spatie.</div><div><b>Vet</b> en <i>schuin</i> [[geen wikilink]] *ster*</div>"));
        System.out.println("----\n" + convert("<div class=\"separator\" style=\"clear: both;\"><a href=\"https://blogger.googleusercontent.com/a/s1600/foto.jpg\"><img border=\"0\" src=\"https://blogger.googleusercontent.com/a/s320/foto.jpg\" alt=\"Foto\"/></a></div><iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/x\" frameborder=\"0\" allowfullscreen></iframe>"));
        System.out.println("----\n" + convert("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table><table><tr><td colspan=\"2\">breed</td></tr><tr><td>1</td><td>2</td></tr></table><ul><li>een</li><li>twee</li></ul><h2>Kop</h2><p>Tekst met <a href=\"/2007/10/x/\">link</a>.</p>"));
    }
}
