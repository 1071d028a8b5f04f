package org.presswatch.core.index;

import java.time.LocalDate;
import org.presswatch.core.util.Validate;

/**
 * How many matching articles were published in one period of a histogram.
 *
 * @param start the first day of the period, in the histogram's time zone
 */
public record DateCount(LocalDate start, long count) {
    public DateCount {
        Validate.notNull(start, "start");
        Validate.isTrue(count >= 0, "count must not be negative, was %d", count);
    }
}
