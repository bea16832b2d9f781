package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;

/** HTML that Java can replace: formatted text, a small table, a coloured status. */
public class HtmlView extends Widget {

    public HtmlView(String html) {
        super("HTMLModel", "HTMLView", false);
        initial("value", html);
        initial("description", "");
        initial("placeholder", "");
    }

    public String html() {
        return (String) get("value");
    }

    public HtmlView html(String html) {
        set("value", html);
        return this;
    }

    /** The words without the tags, for text output. */
    @Override
    public String text() {
        return html().replaceAll("<br\\s*/?>|</p>|</tr>|</div>", "\n").replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").trim();
    }

    @Override
    public BufferedImage picture() {
        return WidgetSketch.text(null, text().replace('\n', ' '));
    }
}
