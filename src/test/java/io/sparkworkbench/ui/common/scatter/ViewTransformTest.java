package io.sparkworkbench.ui.common.scatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewTransformTest {

    private final ViewTransform view = new ViewTransform(-10, 30, 0, 5, 50, 20, 800, 400);

    @Test
    void mapsDataToScreenWithYUpwardsAndBack() {
        assertThat(view.screenX(-10)).isEqualTo(50);
        assertThat(view.screenX(30)).isEqualTo(850);
        assertThat(view.screenY(5)).isEqualTo(20);
        assertThat(view.screenY(0)).isEqualTo(420);
        assertThat(view.dataX(view.screenX(12.5))).isCloseTo(12.5, within(1e-12));
        assertThat(view.dataY(view.screenY(1.25))).isCloseTo(1.25, within(1e-12));
    }

    @Test
    void zoomAboutAPointKeepsThatPointUnderTheCursor() {
        double sx = 300;
        double sy = 111;
        double dataX = view.dataX(sx);
        double dataY = view.dataY(sy);
        for (double factor : new double[]{1.7, 0.3, 12, 1}) {
            ViewTransform zoomed = view.zoomAbout(sx, sy, factor);

            assertThat(zoomed.dataX(sx)).isCloseTo(dataX, within(1e-9));
            assertThat(zoomed.dataY(sy)).isCloseTo(dataY, within(1e-9));
            assertThat(zoomed.maxX() - zoomed.minX()).isCloseTo(40 / factor, within(1e-9));
            assertThat(zoomed.maxY() - zoomed.minY()).isCloseTo(5 / factor, within(1e-9));
        }
    }

    @Test
    void zoomingInForeverStopsAtAWindowFloatsCanStillShow() {
        ViewTransform zoomed = view.zoomAbout(400, 200, 1e30);

        assertThat(zoomed.maxX() - zoomed.minX()).isGreaterThan(0);
        assertThat(zoomed.maxY() - zoomed.minY()).isGreaterThan(0);
    }

    @Test
    void panMovesTheContentWithTheMouse() {
        ViewTransform panned = view.panByPixels(80, -40);

        // What was under x = 50 px is now under x = 130 px.
        assertThat(panned.screenX(-10)).isCloseTo(130, within(1e-9));
        assertThat(panned.screenY(5)).isCloseTo(-20, within(1e-9));
        assertThat(panned.pxPerX()).isCloseTo(view.pxPerX(), within(1e-12));
    }

    @Test
    void fitPadsTheBoundsAndRefusesBadInput() {
        ViewTransform fit = ViewTransform.fit(new ScatterData.Bounds(0, 10, 0, 100), 0.05, 0, 0, 200, 100);

        assertThat(fit.minX()).isCloseTo(-0.5, within(1e-12));
        assertThat(fit.maxY()).isCloseTo(105, within(1e-12));
        assertThatThrownBy(() -> view.zoomAbout(1, 1, 0)).hasMessageContaining("zoom factor");
        assertThatThrownBy(() -> new ViewTransform(1, 1, 0, 1, 0, 0, 10, 10)).hasMessageContaining("data window");
    }
}
