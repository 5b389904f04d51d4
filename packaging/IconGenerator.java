import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the Spark Workbench app icon (a flame with a spark star on a rounded square) so the icon is
 * reproducible from source instead of being a downloaded binary.
 * Run: java packaging/IconGenerator.java packaging/spark-workbench.png [size]
 */
public class IconGenerator {

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        String out = args.length > 0 ? args[0] : "spark-workbench.png";
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0); // draw on a 256 grid whatever the output size

        // Rounded square: dark slate, slightly lighter at the top.
        RoundRectangle2D tile = new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56);
        g.setPaint(new GradientPaint(0, 8, new Color(0x2B3A4F), 0, 248, new Color(0x141C28)));
        g.fill(tile);
        g.setStroke(new BasicStroke(3f));
        g.setColor(new Color(255, 255, 255, 40));
        g.draw(tile);

        // Outer flame: orange to red, a teardrop leaning right with a flicker tip.
        GeneralPath outer = new GeneralPath();
        outer.moveTo(128, 214);
        outer.curveTo(80, 214, 58, 178, 66, 140);
        outer.curveTo(72, 110, 96, 96, 100, 64);
        outer.curveTo(116, 80, 120, 98, 118, 112);
        outer.curveTo(132, 92, 140, 66, 134, 36);
        outer.curveTo(172, 64, 196, 108, 192, 152);
        outer.curveTo(188, 190, 160, 214, 128, 214);
        outer.closePath();
        g.setPaint(new GradientPaint(0, 40, new Color(0xFFB347), 0, 214, new Color(0xE8411E)));
        g.fill(outer);

        // Inner flame: yellow core with a radial glow.
        GeneralPath inner = new GeneralPath();
        inner.moveTo(128, 204);
        inner.curveTo(102, 204, 90, 184, 96, 162);
        inner.curveTo(100, 146, 114, 138, 118, 120);
        inner.curveTo(132, 134, 136, 146, 134, 156);
        inner.curveTo(144, 148, 150, 136, 150, 124);
        inner.curveTo(166, 144, 168, 168, 160, 184);
        inner.curveTo(154, 196, 142, 204, 128, 204);
        inner.closePath();
        g.setPaint(new RadialGradientPaint(new Point2D.Double(128, 182), 48f, new float[] {0f, 1f},
                new Color[] {new Color(0xFFF6C2), new Color(0xFFC83D)}));
        g.fill(inner);

        // Spark: a four-pointed star up and to the left of the flame.
        g.setColor(new Color(0xFFF3B0));
        g.fill(star(70, 62, 22, 5));
        g.setColor(new Color(255, 243, 176, 180));
        g.fill(star(196, 48, 11, 2.5));

        g.dispose();
        ImageIO.write(img, "png", new File(out));
        System.out.println("wrote " + out + " (" + size + "x" + size + ")");
    }

    /** A four-pointed star centred on (cx, cy): long points of radius r, waist of half-width w. */
    private static GeneralPath star(double cx, double cy, double r, double w) {
        GeneralPath p = new GeneralPath();
        p.moveTo(cx, cy - r);
        p.lineTo(cx + w, cy - w);
        p.lineTo(cx + r, cy);
        p.lineTo(cx + w, cy + w);
        p.lineTo(cx, cy + r);
        p.lineTo(cx - w, cy + w);
        p.lineTo(cx - r, cy);
        p.lineTo(cx - w, cy - w);
        p.closePath();
        return p;
    }
}
