package org.presswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "2003-12-31T10:14:55Z|2003-12-31T10:14:55Z",
            "2003-12-31T10:14:55.123456-08:00|2003-12-31T18:14:55.123456Z",
            "2003-12-31T10:14:55+0100|2003-12-31T09:14:55Z",
            "2003-12-31 10:14:55 +07|2003-12-31T03:14:55Z",
            "20031231T101455Z|2003-12-31T10:14:55Z",
            "2003-12-31T10:14Z|2003-12-31T10:14:00Z",
            "2003-12-31|2003-12-31T00:00:00Z",
            "2003-12|2003-12-01T00:00:00Z",
            "2003|2003-01-01T00:00:00Z",
            "Thu, 01 Jan 2004 19:48:21 GMT|2004-01-01T19:48:21Z",
            "Thu, 1 Jan 04 19:48:21 GMT|2004-01-01T19:48:21Z",
            "Fri, 01 Jan 2004 19:48:21 GMT|2004-01-01T19:48:21Z",
            "01 Jan 2004 19:48 EST|2004-01-02T00:48:00Z",
            "Thursday, 01-Jan-2004 19:48:21 +0700|2004-01-01T12:48:21Z",
            "Thu, 01 January 2004 19:48:21 ICT|2004-01-01T12:48:21Z",
            "Tue, 25 Nov 2025 14:30:00 +07:00|2025-11-25T07:30:00Z",
            "1 Jan 99|1999-01-01T00:00:00Z",
            "Thu, 01 Jan 2004 19:48:21 XYZ|2004-01-01T19:48:21Z",
            "Thu Jan 01 19:48:21 GMT 2004|2004-01-01T19:48:21Z",
            "Thu Jan  1 19:48:21 2004|2004-01-01T19:48:21Z",
    })
    void readsTheDatesFeedsWrite(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), FeedDates.parse(text), text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "   ", "yesterday", "2003-02-30", "31 Foo 2004", "2003-13-01T00:00:00Z", "25/11/2025 14:30",
            "Thu, 01 Jan 2004 25:61:00 GMT"})
    void refusesWhatIsNoDate(String text) {
        assertTrue(FeedDates.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<d>2025-11-25T07:47:22.1+07:00</d>|<d>2025-11-25T07:47:22.100+07:00</d>",
            "<d>2025-11-25T07:47:22.105263157Z</d>|<d>2025-11-25T07:47:22.105Z</d>",
            "<d>2025-11-25T07:47:22Z</d>|<d>2025-11-25T07:47:22Z</d>",
    })
    void fractionsAreWrittenAsMilliseconds(String xml, String expected) {
        assertEquals(expected, FeedDates.withMillisecondFractions(xml));
    }
}
