package dev.nonlinear.display;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelDisplaysTest {

    private static Renderer renderer() {
        Renderer renderer = new Renderer();
        KernelDisplays.register(renderer);
        KernelDisplays.register(renderer); // a second call must not add the functions twice
        return renderer;
    }

    private static XYChart chart() {
        XYChart chart = new XYChartBuilder().width(200).height(150).title("relu").build();
        chart.addSeries("relu", new double[] {-1, 0, 1}, new double[] {0, 0, 1});
        return chart;
    }

    @Test
    void chartsArePngByDefaultAndSvgWhenAsked() {
        Renderer renderer = renderer();
        DisplayData png = renderer.render(chart());
        byte[] bytes = Base64.getDecoder().decode((String) png.getData(MIMEType.IMAGE_PNG));
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        assertEquals("XYChart \"relu\" (200x150)", png.getData(MIMEType.TEXT_PLAIN));
        XYChart subclass = new XYChart(new XYChartBuilder().width(200).height(150).title("relu")) { };
        assertEquals("XYChart \"relu\" (200x150)", renderer.render(subclass).getData(MIMEType.TEXT_PLAIN),
                "a subclass (as Plots makes) is named by its XChart type");
        assertFalse(png.hasDataForType(MIMEType.IMAGE_SVG));

        DisplayData svg = renderer.renderAs(chart(), "image/svg+xml");
        assertTrue(((String) svg.getData(MIMEType.IMAGE_SVG)).contains("<svg"));
        assertFalse(svg.hasDataForType(MIMEType.IMAGE_PNG));
    }

    @Test
    void tablesAreHtmlWithPrintedTextFallback() {
        Table table = Table.create("t", DoubleColumn.create("x", 1, 2));
        DisplayData data = renderer().render(table);
        String html = (String) data.getData(MIMEType.TEXT_HTML);
        assertTrue(html.startsWith("<style>"), html);
        assertEquals(1, html.split("<table", -1).length - 1, "rendered once");
        assertEquals(table.print(), data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void gifsHtmlAndImages() {
        Renderer renderer = renderer();
        io.github.spencerpark.jupyter.kernel.display.common.Image.registerAll(renderer);
        AnimatedGif gif = AnimatedGif.of(List.of(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)), 10);
        assertTrue(renderer.render(gif).hasDataForType(MIMEType.IMAGE_GIF));
        assertEquals("<i>x</i>", renderer.render(Html.of("<i>x</i>")).getData(MIMEType.TEXT_HTML));
        assertTrue(renderer.render(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)).hasDataForType(MIMEType.IMAGE_PNG));
    }

    /** Its size as text, not BufferedImage.toString() ("BufferedImage@1b2c3d: type = 1 ..."); other formats still work. */
    @Test
    void imagesArePngWithTheirSizeAsText() {
        Renderer renderer = renderer();
        io.github.spencerpark.jupyter.kernel.display.common.Image.registerAll(renderer);
        BufferedImage image = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
        DisplayData data = renderer.render(image);
        byte[] bytes = Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG));
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals("BufferedImage (6x4)", data.getData(MIMEType.TEXT_PLAIN));
        assertTrue(renderer.renderAs(image, "image/jpeg").hasDataForType(MIMEType.IMAGE_JPEG));
    }
}
