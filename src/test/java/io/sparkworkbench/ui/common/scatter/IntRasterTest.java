package io.sparkworkbench.ui.common.scatter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IntRasterTest {

    private static final int BG = 0xff000000;

    @Test
    void aShiftMovesEveryPixelAndFillsWhatCameIntoViewWithTheBackground() {
        for (int[] d : new int[][]{{3, 0}, {-3, 0}, {0, 2}, {0, -2}, {2, -1}, {-4, 3}, {9, 0}, {0, -7}}) {
            IntRaster r = numbered(9, 7);
            r.shift(d[0], d[1], BG);
            for (int row = 0; row < 7; row++) {
                for (int col = 0; col < 9; col++) {
                    int fromCol = col - d[0];
                    int fromRow = row - d[1];
                    int expected = fromCol >= 0 && fromCol < 9 && fromRow >= 0 && fromRow < 7 ? 1 + fromRow * 9 + fromCol : BG;
                    assertEquals(expected, r.pixels()[row * 9 + col], "shift " + d[0] + "," + d[1] + " at " + col + "," + row);
                }
            }
        }
    }

    @Test
    void drawingStaysInsideTheClip() {
        IntRaster r = new IntRaster();
        r.reset(10, 20, 8, 8, BG);
        r.clip(2, 2, 3, 3);
        r.line(0, 20, 30, 50, 0xffffffff);
        r.disc(14, 24, 10, 0xffff0000);
        for (int row = 0; row < 8; row++) {
            for (int col = 0; col < 8; col++) {
                boolean inside = col >= 2 && col < 5 && row >= 2 && row < 5;
                int p = r.pixels()[row * 8 + col];
                assertEquals(inside, p != BG, "pixel " + col + "," + row);
            }
        }
    }

    @Test
    void aTranslucentLineBlendsOverWhatIsUnderIt() {
        IntRaster r = new IntRaster();
        r.reset(0, 0, 4, 1, 0xff000000);
        r.line(0, 0, 3, 0, 0x80ffffff);
        int[] expected = new int[4];
        // 255 x 128/256, rounded down.
        java.util.Arrays.fill(expected, 0xff7f7f7f);
        assertArrayEquals(expected, r.pixels());
    }

    private static IntRaster numbered(int w, int h) {
        IntRaster r = new IntRaster();
        r.reset(0, 0, w, h, BG);
        for (int i = 0; i < w * h; i++) {
            r.pixels()[i] = 1 + i;
        }
        return r;
    }
}
