package io.sparkworkbench.ui.common.scatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.ui.common.chart.ExportFormat;
import io.sparkworkbench.ui.common.chart.ImageSize;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ScatterExporterTest {

    private static final ImageSize SIZE = new ImageSize(600, 400);

    @Test
    void svgLeavesOutPointsThatWouldRepaintIdenticalPixels() throws Exception {
        // 20,000 points on 3 spots of one group, then one point of another group on the first spot.
        int n = 20_001;
        float[] x = new float[n];
        float[] y = new float[n];
        int[] group = new int[n];
        for (int i = 0; i < n - 1; i++) {
            x[i] = i % 3;
            y[i] = i % 3;
        }
        group[n - 1] = 1;
        ScatterData data = ScatterData.builder(x, y, group, new long[n]).groupsCountingPoints("many", "one").build();

        String svg = new String(ScatterExporter.render(ExportFormat.SVG, state(data), SIZE), StandardCharsets.UTF_8);

        // Three squares of the first group, one of the second on top; nothing else of their colours.
        assertThat(count(svg, fill(ScatterStyle.LIGHT.groupColor(0)))).isEqualTo(3 + 1); // + legend swatch
        assertThat(count(svg, fill(ScatterStyle.LIGHT.groupColor(1)))).isEqualTo(1 + 1);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ScatterExporter.render(ExportFormat.PNG, state(data), SIZE)));
        ViewTransform view = layoutView(data);
        assertThat(png.getRGB((int) view.screenX(0), (int) view.screenY(0))).isEqualTo(ScatterStyle.LIGHT.groupColor(1));
        assertThat(png.getRGB((int) view.screenX(1), (int) view.screenY(1))).isEqualTo(ScatterStyle.LIGHT.groupColor(0));
    }

    @Test
    void pdfIsADocumentTitledByTheAxes() throws Exception {
        ScatterData data = ScatterPlotFxTest.lattice();

        byte[] pdf = ScatterExporter.render(ExportFormat.PDF, state(data), SIZE);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("y vs x");
    }

    private static PlotState state(ScatterData data) {
        return new PlotState(data, ViewTransform.fit(data.bounds(), 0.1, 0, 0, SIZE.width(), SIZE.height()),
                new boolean[data.groupCount()], null, ScatterStyle.LIGHT);
    }

    /** The view the export lays out (the exporter's own computation, on a throwaway image). */
    private static ViewTransform layoutView(ScatterData data) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2DSurface surface = new Graphics2DSurface(scratch.createGraphics());
        ViewTransform window = state(data).view();
        ScatterLayout layout = ScatterLayout.compute(SIZE.width(), SIZE.height(), data, window, surface);
        return window.withArea(layout.plotLeft(), layout.plotTop(), layout.plotWidth(), layout.plotHeight());
    }

    private static String fill(int argb) {
        return "fill:rgb(" + ((argb >> 16) & 0xff) + "," + ((argb >> 8) & 0xff) + "," + (argb & 0xff) + ")";
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
