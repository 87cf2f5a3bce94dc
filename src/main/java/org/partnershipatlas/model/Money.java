package org.partnershipatlas.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount in pounds held as whole pence, so that council contributions add up exactly
 * (no floating point) and store as one BIGINT.
 */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofPounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100L));
    }

    /**
     * Reads what people type: "£10,000", "10000.50", "GBP 2,500", "1.5k" is not accepted.
     *
     * @throws IllegalArgumentException naming the text when it is not an amount of money
     */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.trim().replace("£", "").replace(",", "").replace(" ", "");
        if (cleaned.regionMatches(true, 0, "GBP", 0, 3)) {
            cleaned = cleaned.substring(3);
        }
        try {
            BigDecimal pounds = new BigDecimal(cleaned);
            if (pounds.scale() > 2) {
                throw new IllegalArgumentException("\"" + text.trim() + "\" has more than two decimal places");
            }
            return new Money(pounds.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not an amount of money", e);
        }
    }

    public boolean isNegative() {
        return pence < 0;
    }

    public boolean isPositive() {
        return pence > 0;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public BigDecimal pounds() {
        return BigDecimal.valueOf(pence, 2);
    }

    /** "£10,000" for whole pounds, "£10,000.50" otherwise. */
    public String format() {
        DecimalFormat format = new DecimalFormat(pence % 100 == 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.UK));
        String digits = format.format(pounds().abs());
        return (pence < 0 ? "-£" : "£") + digits;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    @Override
    public String toString() {
        return format();
    }
}
