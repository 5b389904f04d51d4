package io.sparkworkbench.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFHints;

/**
 * A4 pages filled top to bottom: headings, wrapped paragraphs, tables (cells wrap, a long table continues on the
 * next page under its header again) and charts. JFree PDF writes standard-font text as ASCII (a "·" became "?"),
 * so a line holding any other character (▲, —, ·) is drawn as outlines instead, which every viewer shows the same;
 * ASCII lines stay searchable text.
 */
final class PdfPages {

    static final double PAGE_WIDTH = 595;
    static final double PAGE_HEIGHT = 842;
    static final double MARGIN = 40;
    static final double CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    private static final Font HEADER = new Font(Font.SANS_SERIF, Font.BOLD, 9);
    /** For tables of more than {@link #NARROW_COLUMNS} columns (revenue by month of 8 categories): numbers then fit unbroken. */
    private static final Font SMALL_TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 7);
    private static final Font SMALL_HEADER = new Font(Font.SANS_SERIF, Font.BOLD, 7);
    private static final int NARROW_COLUMNS = 6;
    private static final Color INK = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x59636e);
    private static final Color RULE = new Color(0xd1d9e0);
    private static final double CELL_PAD = 3;

    private final PDFDocument document = new PDFDocument();
    private Graphics2D g2;
    private double y;

    PdfPages(String title) {
        document.setTitle(title);
        document.setAuthor("Spark Workbench");
        newPage();
    }

    byte[] bytes() {
        return document.getPDFBytes();
    }

    void title(String text) {
        line(text, TITLE, INK, MARGIN);
        y += 4;
    }

    /** A heading kept on one page with the first {@code keepWith} points of what follows it. */
    void heading(String text, double keepWith) {
        space(40 + keepWith);
        y += 10;
        line(text, HEADING, INK, MARGIN);
        g2.setColor(RULE);
        g2.draw(new Line2D.Double(MARGIN, y, MARGIN + CONTENT_WIDTH, y));
        y += 6;
    }

    void paragraph(String text, boolean muted) {
        for (String l : wrap(text, TEXT, CONTENT_WIDTH)) {
            space(lineHeight(TEXT));
            line(l, TEXT, muted ? MUTED : INK, MARGIN);
        }
        y += 4;
    }

    /** Draws a chart {@code height} points tall across the page, on a new page when it does not fit. */
    void chart(JFreeChart chart, double height) {
        space(height);
        Object before = g2.getRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE);
        // A product or segment name may hold any character: outlines draw them all.
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle2D.Double(MARGIN, y, CONTENT_WIDTH, height));
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, before == null ? PDFHints.VALUE_DRAW_STRING_TYPE_STANDARD : before);
        y += height + 6;
    }

    /** A table whose column widths follow {@code weights}; rows move to the next page whole, under the header again. */
    void table(ReportTable table, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] widths = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = CONTENT_WIDTH * weights[i] / total;
        }
        boolean narrow = widths.length > NARROW_COLUMNS;
        Font text = narrow ? SMALL_TEXT : TEXT;
        Font header = narrow ? SMALL_HEADER : HEADER;
        space(3 * lineHeight(text));
        row(table.header(), widths, header);
        for (List<String> cells : table.rows()) {
            if (rowHeight(cells, widths, text) > PAGE_HEIGHT - MARGIN - y) {
                newPage();
                row(table.header(), widths, header);
            }
            row(cells, widths, text);
        }
        y += 6;
        if (table.more() > 0) {
            paragraph("and " + table.more() + " more rows (the chart's CSV export has them all)", true);
        }
    }

    private void row(List<String> cells, double[] widths, Font font) {
        double height = rowHeight(cells, widths, font);
        double x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            g2.setColor(RULE);
            g2.draw(new Rectangle2D.Double(x, y, widths[i], height));
            double lineY = y + CELL_PAD;
            for (String l : cellLines(cells.get(i), font, widths[i])) {
                drawText(l, font, INK, x + CELL_PAD, lineY + ascent(font));
                lineY += lineHeight(font);
            }
            x += widths[i];
        }
        y += height;
    }

    private double rowHeight(List<String> cells, double[] widths, Font font) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, cellLines(cells.get(i), font, widths[i]).size());
        }
        return lines * lineHeight(font) + 2 * CELL_PAD;
    }

    private List<String> cellLines(String cell, Font font, double width) {
        List<String> lines = new ArrayList<>();
        for (String part : cell.split("\n", -1)) {
            lines.addAll(wrap(part, font, width - 2 * CELL_PAD));
        }
        return lines;
    }

    /** Breaks at spaces (or anywhere in a word longer than the width). */
    private List<String> wrap(String text, Font font, double width) {
        FontMetrics metrics = g2.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (metrics.stringWidth(rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && metrics.stringWidth(rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        lines.add(current.toString());
        return lines;
    }

    private void line(String text, Font font, Color color, double x) {
        drawText(text, font, color, x, y + ascent(font));
        y += lineHeight(font);
    }

    private void drawText(String text, Font font, Color color, double x, double baseline) {
        g2.setFont(font);
        g2.setColor(color);
        boolean ascii = text.chars().allMatch(c -> c < 128);
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE,
                ascii ? PDFHints.VALUE_DRAW_STRING_TYPE_STANDARD : PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g2.drawString(text, (float) x, (float) baseline);
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    }

    private void space(double needed) {
        if (y + needed > PAGE_HEIGHT - MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        g2 = document.createPage(new Rectangle2D.Double(0, 0, PAGE_WIDTH, PAGE_HEIGHT)).getGraphics2D();
        y = MARGIN;
    }

    private double lineHeight(Font font) {
        return g2.getFontMetrics(font).getHeight();
    }

    private double ascent(Font font) {
        return g2.getFontMetrics(font).getAscent();
    }
}
