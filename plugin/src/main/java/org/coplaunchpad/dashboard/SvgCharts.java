package org.coplaunchpad.dashboard;

import java.util.List;

/**
 * The dashboard's charts as inline SVG drawn on the server: no external script, nothing to load. Every chart has
 * role="img" and an aria-label, and the template shows the same figures in a table for screen readers.
 * All text that goes into the SVG is escaped here.
 */
final class SvgCharts {
    private static final String GREEN = "#00875a";
    private static final String GREY = "#dfe1e6";
    private static final String RED = "#de350b";
    private static final String BLUE = "#0052cc";

    private SvgCharts() {
    }

    /** A ring showing the readiness score, with a red mark across the ring at the readiness threshold. */
    static String scoreRing(int percent, int threshold, boolean ready, String label) {
        double radius = 42;
        double circumference = 2 * Math.PI * radius;
        double filled = circumference * clamp(percent) / 100.0;
        double angle = Math.toRadians(clamp(threshold) * 3.6 - 90);
        double x1 = 60 + 31 * Math.cos(angle);
        double y1 = 60 + 31 * Math.sin(angle);
        double x2 = 60 + 53 * Math.cos(angle);
        double y2 = 60 + 53 * Math.sin(angle);
        return "<svg class=\"cop-chart cop-chart--score\" width=\"120\" height=\"120\" viewBox=\"0 0 120 120\" role=\"img\" aria-label=\""
                + Html.escape(label) + "\">"
                + "<circle cx=\"60\" cy=\"60\" r=\"42\" fill=\"none\" stroke=\"" + GREY + "\" stroke-width=\"12\"/>"
                + "<circle cx=\"60\" cy=\"60\" r=\"42\" fill=\"none\" stroke=\"" + (ready ? GREEN : BLUE)
                + "\" stroke-width=\"12\" stroke-dasharray=\"" + fmt(filled) + " " + fmt(circumference)
                + "\" transform=\"rotate(-90 60 60)\"/>"
                + "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + RED + "\" stroke-width=\"3\"><title>" + clamp(threshold) + "%</title></line>"
                + "<text x=\"60\" y=\"66\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"bold\" fill=\"#172b4d\">"
                + clamp(percent) + "%</text></svg>";
    }

    /** One horizontal bar per row (label, percent). */
    static String bars(List<Bar> rows, String label) {
        int rowHeight = 26;
        int height = Math.max(rowHeight, rows.size() * rowHeight);
        StringBuilder svg = new StringBuilder("<svg class=\"cop-chart cop-chart--bars\" width=\"100%\" height=\"" + height
                + "\" viewBox=\"0 0 600 " + height + "\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\""
                + Html.escape(label) + "\">");
        for (int i = 0; i < rows.size(); i++) {
            Bar bar = rows.get(i);
            int y = i * rowHeight;
            svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"12\" fill=\"#172b4d\">")
                    .append(Html.escape(shorten(bar.label(), 38))).append("</text>")
                    .append("<rect x=\"260\" y=\"").append(y + 6).append("\" width=\"280\" height=\"14\" fill=\"").append(GREY).append("\"/>")
                    .append("<rect x=\"260\" y=\"").append(y + 6).append("\" width=\"").append(fmt(2.8 * clamp(bar.percent())))
                    .append("\" height=\"14\" fill=\"").append(bar.highlight() ? GREEN : BLUE).append("\"/>")
                    .append("<text x=\"548\" y=\"").append(y + 17).append("\" font-size=\"12\" fill=\"#172b4d\">")
                    .append(clamp(bar.percent())).append("%</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Answers given (up, green) and cleared (down, red) per day. */
    static String timeline(List<Day> days, String label) {
        int width = 600;
        int height = 120;
        int max = days.stream().mapToInt(day -> Math.max(day.ticks(), day.unticks())).max().orElse(1);
        double slot = days.isEmpty() ? width : (double) width / days.size();
        double barWidth = Math.max(2, Math.min(24, slot * 0.7));
        StringBuilder svg = new StringBuilder("<svg class=\"cop-chart cop-chart--timeline\" width=\"100%\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\""
                + Html.escape(label) + "\">");
        svg.append("<line x1=\"0\" y1=\"60\" x2=\"").append(width).append("\" y2=\"60\" stroke=\"").append(GREY).append("\"/>");
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            double x = i * slot + (slot - barWidth) / 2;
            double up = 55.0 * day.ticks() / Math.max(1, max);
            double down = 55.0 * day.unticks() / Math.max(1, max);
            svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(60 - up)).append("\" width=\"")
                    .append(fmt(barWidth)).append("\" height=\"").append(fmt(up)).append("\" fill=\"").append(GREEN)
                    .append("\"><title>").append(Html.escape(day.label())).append("</title></rect>");
            svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"60\" width=\"").append(fmt(barWidth))
                    .append("\" height=\"").append(fmt(down)).append("\" fill=\"").append(RED).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * How the members answered one item, as one stacked bar: yes (green), partly (light green), no (red), I don't know
     * (grey-blue), no answer (light grey), each segment's width its share of the respondents. The row of the table it
     * sits in gives the same figures as text.
     */
    static String distribution(int yes, int partly, int no, int unknown, int notAnswered, String label) {
        int total = Math.max(1, yes + partly + no + unknown + notAnswered);
        int[] counts = {yes, partly, no, unknown, notAnswered};
        String[] colours = {GREEN, "#79f2c0", RED, "#8993a4", GREY};
        StringBuilder svg = new StringBuilder("<svg class=\"cop-chart cop-chart--distribution\" width=\"160\" height=\"14\""
                + " viewBox=\"0 0 160 14\" role=\"img\" aria-label=\"" + Html.escape(label) + "\">");
        double x = 0;
        for (int i = 0; i < counts.length; i++) {
            double width = 160.0 * counts[i] / total;
            if (width > 0) {
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"0\" width=\"").append(fmt(width))
                        .append("\" height=\"14\" fill=\"").append(colours[i]).append("\"/>");
                x += width;
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The readiness score over the rounds: one column per round, oldest first, its percent above it and its number
     * below; a round without a score has no column and « — » instead. The open round's column is outlined, not
     * filled: its score still moves. The table next to it gives the same figures.
     */
    static String trend(List<TrendPoint> points, String label) {
        int width = 600;
        int height = 150;
        int base = 120;
        double slot = points.isEmpty() ? width : (double) width / points.size();
        double barWidth = Math.max(4, Math.min(48, slot * 0.6));
        StringBuilder svg = new StringBuilder("<svg class=\"cop-chart cop-chart--trend\" width=\"100%\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\""
                + Html.escape(label) + "\">");
        svg.append("<line x1=\"0\" y1=\"").append(base).append("\" x2=\"").append(width).append("\" y2=\"").append(base)
                .append("\" stroke=\"").append(GREY).append("\"/>");
        for (int i = 0; i < points.size(); i++) {
            TrendPoint point = points.get(i);
            double centre = i * slot + slot / 2;
            if (point.percent().isPresent()) {
                int percent = clamp(point.percent().getAsInt());
                double tall = 100.0 * percent / 100;
                svg.append("<rect x=\"").append(fmt(centre - barWidth / 2)).append("\" y=\"").append(fmt(base - tall))
                        .append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(fmt(tall))
                        .append(point.open() ? "\" fill=\"#ffffff\" stroke=\"" + BLUE + "\" stroke-width=\"2"
                                : "\" fill=\"" + BLUE)
                        .append("\"><title>").append(Html.escape(point.title())).append("</title></rect>");
                svg.append("<text x=\"").append(fmt(centre)).append("\" y=\"").append(fmt(base - tall - 4))
                        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#172b4d\">").append(percent)
                        .append("%</text>");
            } else {
                svg.append("<text x=\"").append(fmt(centre)).append("\" y=\"").append(base - 4)
                        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#172b4d\"><title>")
                        .append(Html.escape(point.title())).append("</title>\u2014</text>");
            }
            svg.append("<text x=\"").append(fmt(centre)).append("\" y=\"").append(base + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#172b4d\">")
                    .append(Html.escape(point.label())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** One round of the trend: {@code label} under its column, {@code title} its tooltip, no percent without a score. */
    record TrendPoint(String label, String title, java.util.OptionalInt percent, boolean open) {
    }

    record Bar(String label, int percent, boolean highlight) {
    }

    record Day(String label, int ticks, int unticks) {
    }

    private static int clamp(int percent) {
        return Math.max(0, Math.min(100, percent));
    }

    /**
     * A coordinate with one decimal, exactly as {@code String.format(Locale.ROOT, "%.1f", value)} writes it for the
     * charts' non-negative coordinates (the shortest decimal of the double, rounded half up), without parsing a format
     * for each of the hundreds of coordinates a dashboard draws.
     */
    static String fmt(double value) {
        // Rounds the shortest decimal of the double (what BigDecimal.valueOf reads) half up on its text: a dashboard
        // writes about five hundred coordinates, and a BigDecimal for each was a tenth of its view model.
        String shortest = Double.toString(value);
        int dot = shortest.indexOf('.');
        if (dot < 1 || shortest.charAt(0) == '-' || shortest.indexOf('E') >= 0) {
            return exactly(value);   // negative (and -0.0), tiny, huge, NaN, infinite: never in a chart, kept exact
        }
        if (shortest.length() == dot + 2) {
            return shortest;
        }
        char[] kept = shortest.substring(0, dot + 2).toCharArray();
        if (shortest.charAt(dot + 2) < '5') {
            return new String(kept);
        }
        for (int i = kept.length - 1; i >= 0; i--) {
            if (kept[i] == '.') {
                continue;
            }
            if (kept[i] != '9') {
                kept[i]++;
                return new String(kept);
            }
            kept[i] = '0';
        }
        return "1" + new String(kept);
    }

    /** One decimal, half up, as BigDecimal writes it: what {@link #fmt} gives for every value. */
    static String exactly(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
