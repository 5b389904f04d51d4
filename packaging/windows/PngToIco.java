import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Turns the app's PNG icon into the .ico jpackage wants on Windows (--icon, and each file association's icon):
 * 16, 24, 32, 48 and 64 px as 32-bit BMP images (what Explorer and the taskbar read at small sizes), 256 px as
 * PNG (Windows Vista and later). Only the JDK, so it runs on a bare CI machine:
 * {@code java packaging/windows/PngToIco.java packaging/spark-workbench.png target/win/spark-workbench.ico}
 */
public final class PngToIco {

    private static final int[] BMP_SIZES = {16, 24, 32, 48, 64};
    private static final int PNG_SIZE = 256;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java PngToIco.java <in.png> <out.ico>");
            System.exit(2);
        }
        BufferedImage source = ImageIO.read(Path.of(args[0]).toFile());
        if (source == null) {
            throw new IOException(args[0] + " is not an image ImageIO can read");
        }
        List<byte[]> images = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int size : BMP_SIZES) {
            images.add(bmp(scaled(source, size)));
            sizes.add(size);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(scaled(source, PNG_SIZE), "png", png);
        images.add(png.toByteArray());
        sizes.add(PNG_SIZE);
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.write(out, ico(images, sizes));
    }

    private static BufferedImage scaled(BufferedImage source, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, size, size, null);
        g.dispose();
        return image;
    }

    /** ICONDIR, one ICONDIRENTRY per image, then the images (layout: Microsoft's "Icons" documentation). */
    private static byte[] ico(List<byte[]> images, List<Integer> sizes) {
        int headerBytes = 6 + 16 * images.size();
        int total = headerBytes + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = headerBytes;
        for (int i = 0; i < images.size(); i++) {
            int size = sizes.get(i);
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 means 256
            out.put((byte) 0).put((byte) 0);            // no palette, reserved
            out.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
            out.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(out::put);
        return out.array();
    }

    /**
     * An icon's BMP: a BITMAPINFOHEADER whose height counts the XOR (colour) and AND (mask) bitmaps, then the
     * BGRA rows bottom-up, then a 1-bit AND mask (all zero: the alpha channel already says what is transparent).
     */
    private static byte[] bmp(BufferedImage image) {
        int size = image.getWidth();
        int maskRowBytes = ((size + 31) / 32) * 4;
        ByteBuffer out = ByteBuffer.allocate(40 + size * size * 4 + maskRowBytes * size).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(40).putInt(size).putInt(size * 2).putShort((short) 1).putShort((short) 32);
        out.putInt(0).putInt(size * size * 4 + maskRowBytes * size).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = size - 1; y >= 0; y--) {
            for (int x = 0; x < size; x++) {
                int argb = image.getRGB(x, y);
                out.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
            }
        }
        return out.array(); // the AND mask stays zero-filled
    }
}
