package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SvgChartsTest {
    @Test
    void every_chart_is_an_image_with_a_text_equivalent_for_screen_readers() {
        for (String svg : List.of(SvgCharts.scoreRing(40, 75, false, "Readiness 40 %"),
                SvgCharts.bars(List.of(new SvgCharts.Bar("Fundamentals", 50, false)), "Per section"),
                SvgCharts.timeline(List.of(new SvgCharts.Day("2026-11-27", 3, 1)), "Timeline"),
                SvgCharts.trend(List.of(new SvgCharts.TrendPoint("1", "Round 1: 40 %", java.util.OptionalInt.of(40), false)),
                        "Score per round"))) {
            Element root = Jsoup.parse(svg, Parser.xmlParser()).selectFirst("svg");
            assertEquals("img", root.attr("role"));
            assertFalse(root.attr("aria-label").isBlank());
        }
    }

    @Test
    void texts_in_charts_are_escaped() {
        String svg = SvgCharts.bars(List.of(new SvgCharts.Bar("<script>alert(1)</script>", 10, false)), "a\"b");

        assertFalse(svg.contains("<script>"), svg);
        assertTrue(svg.contains("&lt;script&gt;"), svg);
        assertTrue(svg.contains("aria-label=\"a&quot;b\""), svg);
    }

    @Test
    void bars_are_as_long_as_their_share() {
        String svg = SvgCharts.bars(List.of(new SvgCharts.Bar("half", 50, false), new SvgCharts.Bar("all", 100, true)), "x");

        assertTrue(svg.contains("width=\"140.0\""), svg);
        assertTrue(svg.contains("width=\"280.0\""), svg);
    }

    @Test
    void the_trend_has_a_column_per_scored_round_a_dash_for_the_others_and_escapes_its_texts() {
        String svg = SvgCharts.trend(List.of(
                new SvgCharts.TrendPoint("1", "Round 1: —", java.util.OptionalInt.empty(), false),
                new SvgCharts.TrendPoint("2", "Round 2: 50 %", java.util.OptionalInt.of(50), false),
                new SvgCharts.TrendPoint("<3>", "Round 3 (open): 80 %", java.util.OptionalInt.of(80), true)), "a\"b");
        Element root = Jsoup.parse(svg, Parser.xmlParser()).selectFirst("svg");

        assertEquals(2, root.select("rect").size(), svg);
        assertEquals("50.0", root.select("rect").get(0).attr("height"));
        assertEquals("#ffffff", root.select("rect").get(1).attr("fill"), "the open round is outlined");
        assertTrue(root.text().contains("\u2014"), svg);
        assertTrue(svg.contains("&lt;3&gt;"), svg);
        assertTrue(svg.contains("aria-label=\"a&quot;b\""), svg);
    }

    @Test
    void a_coordinate_is_written_exactly_as_string_format_writes_it_with_one_decimal() {
        java.util.Random random = new java.util.Random(19);
        List<Double> values = new java.util.ArrayList<>(List.of(0.0, 0.05, 0.15, 0.25, 0.45, 1.05, 2.675, 59.95, 99.95,
                280.0, 1e-9, 123456.75));
        for (int i = 0; i < 100_000; i++) {
            values.add(random.nextDouble() * 400);
            values.add(random.nextInt(4000) / 100.0);
        }
        for (double value : values) {
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f", value), SvgCharts.fmt(value), "of " + value);
        }
    }

    @Test
    void a_coordinate_rounded_on_its_text_is_what_big_decimal_writes_carries_and_odd_values_included() {
        java.util.Random random = new java.util.Random(23);
        List<Double> values = new java.util.ArrayList<>(List.of(0.0, -0.0, 0.95, 9.95, 9.96, 99.95, 99.99, 999.95,
                0.049, 0.05, 5e-4, 1e-3, 1e7, 9999999.95, 123.0, -1.25, -0.04, Double.MIN_VALUE, 0.1 + 0.2));
        for (int i = 0; i < 100_000; i++) {
            values.add(random.nextDouble() * 600);
            values.add(random.nextInt(100_000) / 1000.0);
            values.add(55.0 * random.nextInt(500) / Math.max(1, random.nextInt(500)));
        }
        for (double value : values) {
            assertEquals(SvgCharts.exactly(value), SvgCharts.fmt(value), "of " + value);
        }
    }
}
