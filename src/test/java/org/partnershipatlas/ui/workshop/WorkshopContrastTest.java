package org.partnershipatlas.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads the projector's stylesheet as text and checks it as a person would with a contrast checker:
 * every text or line colour against every background colour at 7:1 or more (WCAG AAA), and no line
 * thinner than 3 px.
 */
class WorkshopContrastTest {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern PROPERTY = Pattern.compile("(-[\\w-]+)\\s*:\\s*([^;]+);");
    /** Properties that colour text or lines, and those that colour what they sit on. */
    private static final List<String> FOREGROUND = List.of("-fx-text-fill", "-fx-stroke", "-fx-prompt-text-fill",
            "-fx-border-color");
    private static final List<String> BACKGROUND = List.of("-fx-background-color");

    record Rule(String selector, Map<String, String> properties) {
    }

    private static List<Rule> rules() throws Exception {
        String css;
        try (InputStream in = PresentationView.class.getResourceAsStream("workshop.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        List<Rule> rules = new ArrayList<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            Map<String, String> properties = new LinkedHashMap<>();
            Matcher property = PROPERTY.matcher(rule.group(2));
            while (property.find()) {
                properties.put(property.group(1), property.group(2).strip());
            }
            rules.add(new Rule(rule.group(1).strip(), properties));
        }
        return rules;
    }

    /** A colour, following looked-up colours (-wk-text) to their value; null for "transparent". */
    private static double[] colour(String value, Map<String, String> lookedUp) {
        String resolved = value;
        for (int i = 0; i < 5 && resolved.startsWith("-"); i++) {
            resolved = lookedUp.get(resolved);
        }
        if (resolved == null || resolved.equals("transparent")) {
            return null;
        }
        assertTrue(resolved.matches("#[0-9a-fA-F]{6}"), "colours are written as #rrggbb: " + value);
        return new double[] {Integer.parseInt(resolved.substring(1, 3), 16) / 255.0,
            Integer.parseInt(resolved.substring(3, 5), 16) / 255.0, Integer.parseInt(resolved.substring(5, 7), 16) / 255.0};
    }

    /** WCAG 2 relative luminance. */
    static double luminance(double[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            linear[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theContrastFormulaIsWcags() {
        assertEquals(21.0, contrast(new double[] {0, 0, 0}, new double[] {1, 1, 1}), 0.01);
        assertEquals(4.54, contrast(new double[] {0x76 / 255.0, 0x76 / 255.0, 0x76 / 255.0}, new double[] {1, 1, 1}),
                0.01, "#767676 on white is the well-known 4.5:1 grey");
    }

    @Test
    void everyTextAndLineColourStandsOutFromEveryBackgroundAtSevenToOne() throws Exception {
        List<Rule> rules = rules();
        Map<String, String> lookedUp = new LinkedHashMap<>();
        rules.forEach(r -> r.properties().forEach((k, v) -> {
            if (k.startsWith("-wk-")) {
                lookedUp.put(k, v);
            }
        }));
        List<String> foregrounds = new ArrayList<>();
        List<String> backgrounds = new ArrayList<>();
        for (Rule rule : rules) {
            boolean boxLike = rule.selector().matches(".*wk-(box|panel|backdrop).*");
            rule.properties().forEach((property, value) -> {
                if (FOREGROUND.contains(property) || property.equals("-fx-fill") && !boxLike) {
                    foregrounds.add(rule.selector() + " " + property + ": " + value);
                } else if (BACKGROUND.contains(property) || property.equals("-fx-fill")) {
                    backgrounds.add(rule.selector() + " " + property + ": " + value);
                }
            });
        }
        assertTrue(foregrounds.size() >= 10 && backgrounds.size() >= 4, foregrounds + " / " + backgrounds);
        List<String> failures = new ArrayList<>();
        for (String foreground : foregrounds) {
            double[] fg = colour(foreground.substring(foreground.indexOf(": ") + 2), lookedUp);
            for (String background : backgrounds) {
                double[] bg = colour(background.substring(background.indexOf(": ") + 2), lookedUp);
                if (fg == null || bg == null) {
                    continue;
                }
                double ratio = contrast(fg, bg);
                if (ratio < 7.0) {
                    failures.add(String.format("%s on %s: %.2f:1", foreground, background, ratio));
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void noLineIsThinnerThanThreePixels() throws Exception {
        for (Rule rule : rules()) {
            for (String property : List.of("-fx-stroke-width", "-fx-border-width")) {
                String width = rule.properties().get(property);
                if (width != null) {
                    assertTrue(Double.parseDouble(width.replace("px", "")) >= 3, rule.selector() + " " + property);
                }
            }
            if (rule.properties().containsKey("-fx-stroke")) {
                assertFalse(rule.properties().getOrDefault("-fx-stroke-width", "0").equals("0"),
                        rule.selector() + " draws lines, so it says how wide (at least 3 px)");
            }
        }
    }
}
