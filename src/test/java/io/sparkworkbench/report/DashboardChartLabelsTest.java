package io.sparkworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.dashboard.FunnelStep;
import io.sparkworkbench.engine.dashboard.SegmentRisk;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The segment and funnel charts' labels at the sizes they are drawn: a dashboard cell (a quarter of a 1280 px window),
 * the HTML report's figure and the PDF page. The report once drew "Champio" / "ns" and left "%" alone on a line; the
 * funnel's "Checkout" ran into "Bought" on the dashboard.
 */
class DashboardChartLabelsTest {

    private static final String ELLIPSIS = "…";

    /** The sample report's segments (scale 1, seed 42), churn scored. */
    private static final List<SegmentRisk> SEGMENTS = List.of(
            new SegmentRisk(0, "Bargain hunters", 2_712, OptionalDouble.of(0.69)),
            new SegmentRisk(1, "Champions", 1_473, OptionalDouble.of(0.19)),
            new SegmentRisk(2, "New", 1_226, OptionalDouble.of(0.14)),
            new SegmentRisk(3, "Loyal", 1_150, OptionalDouble.of(0.35)),
            new SegmentRisk(4, "Dormant", 520, OptionalDouble.of(0.90)));
    private static final List<FunnelStep> FUNNEL = List.of(new FunnelStep("session", 5_000), new FunnelStep("product_view", 3_100),
            new FunnelStep("add_to_cart", 1_600), new FunnelStep("checkout", 480), new FunnelStep("purchase", 290));

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"300, 220", "620, 380", "515, 330"})
    void segmentLabelsBreakBetweenWordsAndNeverLeaveASymbolAlone(int width, int height) {
        JFreeChart chart = DashboardCharts.segments(SEGMENTS).chart();
        Set<String> words = new HashSet<>();
        SEGMENTS.forEach(s -> words.addAll(Arrays.asList(DashboardCharts.segmentLabel(s).split(" "))));
        words.addAll(Arrays.asList("Customers", "by", "segment"));

        for (String line : svgTexts(chart, width, height)) {
            assertThat(line.strip()).as("a line of its own").isNotIn("%", "·");
            for (String word : line.strip().split(" +")) {
                boolean wholeOrShortened = words.contains(word) || word.matches("[\\d,]+")
                        || word.endsWith(ELLIPSIS) && words.stream().anyMatch(w -> w.startsWith(word.replace(ELLIPSIS, "")));
                assertThat(wholeOrShortened).as("\"%s\" in \"%s\" is a whole word or one shortened with …", word, line).isTrue();
            }
        }
        assertNoLabelsOverlap(chart, width, height);
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"300, 220", "260, 220", "620, 380"})
    void funnelStepsReadInFullWithoutTouching(int width, int height) {
        JFreeChart chart = DashboardCharts.funnel(FUNNEL).chart();

        List<String> texts = svgTexts(chart, width, height);
        for (FunnelStep step : FUNNEL) {
            assertThat(texts).contains(DashboardCharts.stepLabel(step.step()));
        }
        assertNoLabelsOverlap(chart, width, height);
    }

    private static void assertNoLabelsOverlap(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        g2.dispose();
        List<Rectangle2D> labels = new ArrayList<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof CategoryLabelEntity label) {
                labels.add(label.getArea().getBounds2D());
            }
        }
        assertThat(labels).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < labels.size(); i++) {
            assertThat(new Rectangle2D.Double(0, 0, width, height).contains(labels.get(i))).as("label %d inside the chart", i).isTrue();
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).intersects(labels.get(j))).as("labels %d and %d overlap: %s %s", i, j, labels.get(i), labels.get(j))
                        .isFalse();
            }
        }
    }

    private static List<String> svgTexts(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        Matcher text = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(g2.getSVGElement());
        List<String> texts = new ArrayList<>();
        while (text.find()) {
            texts.add(text.group(1).replace("&amp;", "&"));
        }
        return texts;
    }
}
