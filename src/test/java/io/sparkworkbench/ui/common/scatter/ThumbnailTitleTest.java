package io.sparkworkbench.ui.common.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A thumbnail's title gives way to its score: long feature-pair names were drawn under the score before. */
class ThumbnailTitleTest {

    private final PlotSurface surface = new Graphics2DSurface(new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics());

    @Test
    void aTitleThatFitsIsKept() {
        assertEquals("Recency × Tenure", ScatterPainter.elide(surface, "Recency × Tenure", 500, 11, true));
    }

    @Test
    void aLongTitleIsCutWithAnEllipsisToTheRoomLeft() {
        String title = "Cart abandon rate (sessions) × Cancel/return rate of orders";
        double room = surface.textWidth(title, 11, true) / 2;
        String cut = ScatterPainter.elide(surface, title, room, 11, true);
        assertTrue(cut.endsWith("…"), cut);
        assertTrue(surface.textWidth(cut, 11, true) <= room, cut);
        assertTrue(cut.length() > 5, cut);
    }
}
