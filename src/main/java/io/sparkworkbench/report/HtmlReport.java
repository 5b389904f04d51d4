package io.sparkworkbench.report;

import io.sparkworkbench.engine.dashboard.KpiCard;
import java.util.List;

/**
 * The report as one self-contained HTML page: inline CSS, every chart an inline {@code <svg>}, no scripts, no
 * external files, so it opens anywhere and can be mailed as it is. Every value from the data is escaped.
 */
public final class HtmlReport {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;background:#fff;
            margin:0 auto;max-width:1180px;padding:24px 32px;line-height:1.4}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px;border-bottom:1px solid #d1d9e0;padding-bottom:4px}
            h3{font-size:15px;margin:0 0 6px}.meta{color:#59636e;margin:0}
            table{border-collapse:collapse;font-size:13px;margin:6px 0 12px}
            th,td{border:1px solid #d1d9e0;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px}
            .card{border:1px solid #d1d9e0;border-radius:6px;padding:10px 12px}
            .card .label{color:#59636e;font-size:13px}.card .value{font-size:24px;font-weight:600}
            .card .change{font-size:12px}.card .note{font-size:12px;color:#59636e}
            .charts{display:grid;grid-template-columns:1fr 1fr;gap:18px}
            figure{margin:0;border:1px solid #d1d9e0;border-radius:6px;padding:10px;overflow-x:auto}
            figure.wide{grid-column:1 / -1}figure svg{width:100%;height:auto;display:block}
            .missing{color:#59636e;font-style:italic}.more{color:#59636e;font-size:12px}
            @media print{.charts{display:block}figure{break-inside:avoid;margin-bottom:12px}}
            """;

    /** Said where the models' table would be when the data set has no pipeline output beside it. */
    static final String NO_STEPS = "No pipeline output is recorded beside this data set, so there are no per-step parameters and"
            + " model figures: spark-workbench pipeline --report FILE adds them.";

    private HtmlReport() {
    }

    public static String render(ReportContent content) {
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(content.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        html.append("<header>\n<h1>").append(escape(content.title())).append("</h1>\n<p class=\"meta\" id=\"generated\">Generated at ")
                .append(escape(ReportTables.time(content.generatedAt()))).append(" by Spark Workbench</p>\n</header>\n");

        html.append("<h2>Data set</h2>\n");
        table(html, ReportTables.dataset(content.dataset()), "dataset");
        html.append("<p id=\"filter\"><strong>Filter:</strong> ").append(escape(ReportTables.filter(content.dashboard().filter())))
                .append("</p>\n");

        html.append("<h2>Key figures</h2>\n<div class=\"cards\" id=\"kpis\">\n");
        for (KpiCard card : content.dashboard().cards()) {
            card(html, card);
        }
        html.append("</div>\n");
        if (!content.dashboard().churnNote().isEmpty()) {
            html.append("<p class=\"missing\">").append(escape(content.dashboard().churnNote())).append("</p>\n");
        }

        html.append("<h2>Charts</h2>\n<div class=\"charts\">\n");
        List<ReportChart> charts = ReportCharts.of(content.dashboard());
        for (ReportChart chart : charts) {
            figure(html, chart);
        }
        html.append("</div>\n");

        html.append("<h2>Models</h2>\n");
        if (content.steps().isEmpty()) {
            html.append("<p class=\"missing\">").append(escape(NO_STEPS)).append("</p>\n");
        } else {
            table(html, ReportTables.models(content.steps()), "models");
        }
        if (!content.run().isEmpty()) {
            html.append("<h2>Pipeline run</h2>\n");
            table(html, ReportTables.run(content.run()), "run");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void card(StringBuilder html, KpiCard card) {
        html.append("<div class=\"card\"><div class=\"label\">").append(escape(card.kpi().label()))
                .append("</div><div class=\"value\">").append(escape(KpiFormat.value(card.kpi(), card.current())))
                .append("</div><div class=\"change\">")
                .append(escape(KpiFormat.change(card.kpi(), card.current(), card.previous(), card.change()))).append("</div>");
        if (!card.note().isEmpty()) {
            html.append("<div class=\"note\">").append(escape(card.note())).append("</div>");
        }
        html.append("</div>\n");
    }

    private static void figure(StringBuilder html, ReportChart chart) {
        html.append("<figure id=\"chart-").append(escape(chart.id())).append('"').append(chart.wide() ? " class=\"wide\"" : "").append(">\n");
        if (chart.chart().isEmpty()) {
            html.append("<h3>").append(escape(chart.title())).append("</h3>\n<p class=\"missing\">").append(escape(chart.note()))
                    .append("</p>\n</figure>\n");
            return;
        }
        html.append(ChartImages.svg(chart.chart().get().chart(), chart.wide(), chart.id() + "_")).append('\n');
        html.append("<figcaption>\n");
        table(html, ReportTables.data(chart.chart().get().data()), "data-" + chart.id());
        html.append("</figcaption>\n</figure>\n");
    }

    private static void table(StringBuilder html, ReportTable table, String id) {
        html.append("<table id=\"").append(escape(id)).append("\">\n<tr>");
        for (String column : table.header()) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (String cell : row) {
                html.append(numeric(cell) ? "<td class=\"n\">" : "<td>").append(escape(cell).replace("\n", "<br>")).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        if (table.more() > 0) {
            html.append("<p class=\"more\">and ").append(table.more()).append(" more rows (the chart's CSV export has them all)</p>\n");
        }
    }

    private static boolean numeric(String cell) {
        return !cell.isEmpty() && cell.matches("[-$]?[\\d,]+(\\.\\d+)?( %)?");
    }

    /** Escapes text for HTML element content and double-quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
