package org.dlcourse.descent;

import java.math.BigDecimal;

/** Numbers in labels: 0.1, not 0.1000000000000000055. */
final class Labels {
    private Labels() {
    }

    static String number(double value) {
        if (value != 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e6)) {
            return String.format(java.util.Locale.ROOT, "%.0e", value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
