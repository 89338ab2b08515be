package kist.importer;

import java.util.List;

/** Blogger exports written inside the tests, on one long line as Blogger writes them. */
final class BloggerExports {
    static final String BLOG = "http://nocalls.blogspot.com";
    private static final String ID = "tag:blogger.com,1999:blog-42";
    private static final String KIND = "<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#%s'/>";

    private BloggerExports() {
    }

    static String feed(String... entries) {
        return "<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
                + "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'"
                + " xmlns:gd='http://schemas.google.com/g/2005' xmlns:thr='http://purl.org/syndication/thread/1.0'>"
                + "<id>" + ID + ".archive</id><updated>2008-01-01T10:00:00.000+01:00</updated>"
                + "<title type='text'>No Calls &amp; No Sales</title>"
                + "<link rel='alternate' type='text/html' href='" + BLOG + "/'/>"
                + "<author><name>Ger</name><email>noreply@blogger.com</email></author>"
                + "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>"
                + String.join("", entries) + "</feed>";
    }

    static String template() {
        return "<entry><id>" + ID + ".layout</id><published>2007-09-01T10:00:00.000+02:00</published>"
                + String.format(KIND, "template") + "<title type='text'>Template: No Calls</title>"
                + "<content type='text'>&lt;html&gt;&lt;b:skin&gt;&lt;/b:skin&gt;&lt;/html&gt;</content></entry>";
    }

    static String settings() {
        return "<entry><id>" + ID + ".settings.BLOG_NAME</id><published>2007-09-01T10:00:00.000+02:00</published>"
                + String.format(KIND, "settings") + "<title type='text'>BLOG_NAME</title><content type='text'>No Calls</content></entry>";
    }

    /** @param path "/2007/10/x.html", or null for a draft */
    static String post(String number, String published, String title, String path, List<String> labels, String html) {
        return entry("post", number, published, title, path, labels, html);
    }

    static String page(String number, String published, String title, String path, String html) {
        return entry("page", number, published, title, path, List.of(), html);
    }

    private static String entry(String kind, String number, String published, String title, String path, List<String> labels, String html) {
        StringBuilder entry = new StringBuilder("<entry><id>" + ID + ".post-" + number + "</id><published>" + published
                + "</published><updated>" + published + "</updated>" + String.format(KIND, kind));
        labels.forEach(label -> entry.append("<category scheme='http://www.blogger.com/atom/ns#' term='").append(xml(label)).append("'/>"));
        entry.append("<title type='text'>").append(xml(title)).append("</title><content type='html'>").append(xml(html))
                .append("</content>");
        if (path == null) {
            entry.append("<app:control xmlns:app='http://purl.org/atom/app#'><app:draft>yes</app:draft></app:control>");
        } else {
            entry.append("<link rel='replies' type='text/html' href='").append(BLOG).append(path).append("#comment-form' title='0 Comments'/>")
                    .append("<link rel='alternate' type='text/html' href='").append(BLOG).append(path).append("' title='")
                    .append(xml(title)).append("'/>");
        }
        return entry.append("<author><name>Ger</name></author></entry>").toString();
    }

    /** @param replyTo the number of the comment this one answers, or null */
    static String comment(String number, String postNumber, String published, String author, String html, String replyTo) {
        String feed = "http://www.blogger.com/feeds/42/" + postNumber + "/comments/default/";
        return "<entry><id>" + ID + ".post-" + number + "</id><published>" + published + "</published><updated>" + published
                + "</updated>" + String.format(KIND, "comment") + "<title type='text'>" + xml(author) + "</title>"
                + "<content type='html'>" + xml(html) + "</content>"
                + "<link rel='self' type='application/atom+xml' href='" + feed + number + "'/>"
                + (replyTo == null ? "" : "<link rel='related' type='application/atom+xml' href='" + feed + replyTo + "'/>")
                + "<author><name>" + xml(author) + "</name></author>"
                + "<thr:in-reply-to href='" + BLOG + "/x.html' ref='" + ID + ".post-" + postNumber + "' source='"
                + "http://www.blogger.com/feeds/42/posts/default/" + postNumber + "' type='text/html'/></entry>";
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace("\"", "&quot;");
    }

    /** A whole blog: three posts (two with the same last part of their address), a draft, a page, a thread. */
    static String blog() {
        return feed(template(), settings(),
                post("101", "2007-10-03T14:30:00.001+02:00", "Find your why and fly", "/2007/10/find-your-why-and-fly.html",
                        List.of("sales tips", "Käser", "営業"),
                        "<div>Waarom verkoop je?<br />Omdat het moet.<br /><br />Caf&eacute; &amp; co: &quot;zo&quot; &lt;3</div>"
                                + "<div>Lees <a href=\"" + BLOG + "/2007/10/het-anker.html\">het anker</a> en"
                                + " <a href=\"" + BLOG + "/search/label/sales%20tips\">meer tips</a>.</div>"
                                + "<div class=\"separator\" style=\"clear: both; text-align: center;\"><a href=\"https://blogger.googleusercontent.com/img/b/abc/s1600/anker.jpg\">"
                                + "<img border=\"0\" src=\"https://blogger.googleusercontent.com/img/b/abc/s320/anker.jpg\" alt=\"Een anker\" /></a></div>"
                                + "<table><tr><th>Vraag</th><th>Doel</th></tr><tr><td>Situatie</td><td>Feiten</td></tr></table>"
                                + "<table><tr><td colspan=\"2\">SPIN</td></tr><tr><td>S</td><td>P</td></tr></table>"
                                + "<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/abc\" allowfullscreen></iframe>"),
                post("102", "2007-10-10T09:00:00.000+02:00", "Het \"anker\": waarom het werkt", "/2007/10/het-anker.html",
                        List.of("sales tips"), "<p>Terug naar <a href=\"/2007/10/find-your-why-and-fly.html#top\">het begin</a>.</p>"),
                post("103", "2007-11-02T20:00:00.000+01:00", "Продажи и якорь", "/2007/11/het-anker.html",
                        List.of("営業"), "Якорь &mdash; это просто."),
                post("104", "2007-12-01T08:00:00.000+01:00", "Nog niet af: ideeën", null, List.of("sales tips"), "Concept."),
                page("201", "2007-09-20T12:00:00.000+02:00", "Over mij", "/p/over-mij.html", "<p>Ik train verkopers.</p>"),
                comment("801", "101", "2007-10-04T10:00:00.000+02:00", "Jan", "Mooi stuk!<br />Groet, Jan", null),
                comment("802", "101", "2007-10-04T11:00:00.000+02:00", "Ger", "Dank je, Jan &amp; de rest.", "801"),
                comment("803", "102", "2007-10-11T11:00:00.000+02:00", "Piet", "<b>Eens</b>", null));
    }
}
