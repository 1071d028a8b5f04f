package org.presswatch.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {
    private static final ZoneId VN = PublicationDates.VIETNAM;
    /** 14:30 in Hanoi on Tuesday 25 November 2025. */
    private static final Instant T = Instant.parse("2025-11-25T07:30:00Z");

    // ---- machine-readable dates ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-11-25T14:30:00+07:00                | 2025-11-25T07:30:00Z
            2025-11-25T07:30:00Z                     | 2025-11-25T07:30:00Z
            2025-11-25T07:30:00.000Z                 | 2025-11-25T07:30:00Z
            2025-11-25T14:30:00.123456+07:00         | 2025-11-25T07:30:00.123456Z
            2025-11-25T14:30+07:00                   | 2025-11-25T07:30:00Z
            2025-11-25T02:30:00-05:00                | 2025-11-25T07:30:00Z
            2025-11-25T14:30:00+0700                 | 2025-11-25T07:30:00Z
            2025-11-25 14:30:00+0700                 | 2025-11-25T07:30:00Z
            'Tue, 25 Nov 2025 07:30:00 GMT'          | 2025-11-25T07:30:00Z
            'Tue, 25 Nov 2025 14:30:00 +0700'        | 2025-11-25T07:30:00Z
            '  2025-11-25T14:30:00+07:00  '          | 2025-11-25T07:30:00Z
            2025-11-25T14:30:00+07                   | 2025-11-25T07:30:00Z
            """)
    void parsesDatesWithAnOffsetWhateverTheZone(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), PublicationDates.parseMachine(text, VN), "in Vietnam's zone");
        assertEquals(Optional.of(Instant.parse(expected)), PublicationDates.parseMachine(text, ZoneOffset.UTC),
                "an explicit offset wins over the page's zone");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2025-11-25T14:30:00", "2025-11-25 14:30:00", "2025-11-25T14:30", "2025-11-25 14:30"})
    void readsLocalTimesInThePagesZone(String text) {
        assertEquals(Optional.of(T), PublicationDates.parseMachine(text, VN), "local time in Vietnam");
        assertEquals(Optional.of(Instant.parse("2025-11-25T14:30:00Z")), PublicationDates.parseMachine(text, ZoneOffset.UTC),
                "local time in UTC");
    }

    @Test
    void dateAloneIsMidnightInThePagesZone() {
        assertEquals(Optional.of(Instant.parse("2025-11-24T17:00:00Z")), PublicationDates.parseMachine("2025-11-25", VN));
        assertEquals(Optional.of(Instant.parse("2025-11-25T00:00:00Z")), PublicationDates.parseMachine("2025-11-25", ZoneOffset.UTC));
    }

    @Test
    void timeInAnIsoZonedFormIsNotDroppedToMidnight() {
        assertEquals(Optional.of(T), PublicationDates.parseMachine("2025-11-25T14:30:00+07:00[Asia/Ho_Chi_Minh]", ZoneOffset.UTC),
                "java.time's zoned form keeps its time");
    }

    @Test
    void machineFieldWithDayFirstTextFallsBackToDayFirst() {
        assertEquals(Optional.of(T), PublicationDates.parseMachine("25/11/2025 14:30", VN), "some sites put visible dates in meta tags");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "yesterday", "2025-13-01", "2025-02-30", "2025-02-29T10:00:00Z", "25 Nov", "12345", "T14:30",
            "Tue, 31 Nov 2025 07:30:00 GMT"})
    void rejectsTextThatIsNoDate(String text) {
        assertEquals(Optional.empty(), PublicationDates.parseMachine(text, VN), "'" + text + "' is not a date");
    }

    @Test
    void leapDayIsADate() {
        assertEquals(Optional.of(Instant.parse("2024-02-29T00:00:00Z")), PublicationDates.parseMachine("2024-02-29", ZoneOffset.UTC));
    }

    // ---- day-first dates in visible text ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Thứ Ba, 25/11/2025 - 14:30",
            "Thứ Ba, 25/11/2025 - 14:30 (GMT+7)",
            "Thứ ba, 25/11/2025, 14:30 (GMT+7)",
            "25/11/2025 14:30",
            "25-11-2025 14:30 GMT+7",
            "25.11.2025 14h30",
            "Cập nhật: 25/11/2025 14:30:00",
            "Ngày đăng: 25/11/2025 lúc 14:30",
            "25/11/2025 07:30 UTC",
            "25/11/2025 07:30 GMT+0",
            "25/11/2025 07:30 (GMT)",
            "25/11/2025 08:30 GMT+01:00",
            "25/11/2025 02:30 GMT-5",
    })
    void parsesVietnameseStyleDayFirstDates(String text) {
        assertEquals(Optional.of(T), PublicationDates.parseDayFirst(text, VN), text);
    }

    @Test
    void explicitGmtOffsetWinsOverThePagesZone() {
        assertEquals(Optional.of(T), PublicationDates.parseDayFirst("Thứ Ba, 25/11/2025 - 14:30 (GMT+7)", ZoneOffset.UTC));
        assertEquals(Optional.of(Instant.parse("2025-11-25T14:30:00Z")), PublicationDates.parseDayFirst("25/11/2025 14:30", ZoneOffset.UTC),
                "without an offset the page's zone applies");
    }

    @Test
    void offsetWithMinutesIsApplied() {
        assertEquals(Optional.of(Instant.parse("2025-11-25T09:00:00Z")),
                PublicationDates.parseDayFirst("25/11/2025 14:30 GMT+05:30", ZoneOffset.UTC), "India's +05:30");
        assertEquals(Optional.of(Instant.parse("2025-11-25T18:00:00Z")),
                PublicationDates.parseDayFirst("25/11/2025 14:30 GMT-03:30", ZoneOffset.UTC), "Newfoundland's -03:30");
    }

    @Test
    void dateWithoutTimeIsMidnight() {
        assertEquals(Optional.of(Instant.parse("2025-11-24T17:00:00Z")), PublicationDates.parseDayFirst("Thứ Ba, 25/11/2025", VN));
        assertEquals(Optional.of(Instant.parse("2025-03-01T00:00:00Z")), PublicationDates.parseDayFirst("1/3/2025", ZoneOffset.UTC),
                "single-digit day and month");
    }

    @Test
    void invalidDatesAreSkippedForALaterValidOne() {
        assertEquals(Optional.of(T), PublicationDates.parseDayFirst("Số 31/02/2025 - 09:00 · Thứ Ba, 25/11/2025 - 14:30", VN),
                "31 February is no date; the next one is");
        assertEquals(Optional.empty(), PublicationDates.parseDayFirst("31/02/2025", VN), "31 February");
        assertEquals(Optional.empty(), PublicationDates.parseDayFirst("29/02/2025 10:00", VN), "2025 is not a leap year");
        assertEquals(Optional.empty(), PublicationDates.parseDayFirst("11/25/2025", VN), "month-first US date: month 25 does not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Thứ Ba", "14:30", "2025-11-25", "Số điện thoại 0912 345 678", "25/11", "Giá 25.000 đồng"})
    void dayFirstFindsNothingInTextWithoutADate(String text) {
        assertEquals(Optional.empty(), PublicationDates.parseDayFirst(text, VN), "'" + text + "'");
    }

    @Test
    void timeBeforeTheDateIsKept() {
        assertEquals(Optional.of(T), PublicationDates.parseDayFirst("14:30 25/11/2025", VN),
                "the 'HH:mm dd/MM/yyyy' style many Vietnamese sites print");
        assertEquals(Optional.of(T), PublicationDates.parseDayFirst("Cập nhật lúc 14:30, 25/11/2025 (GMT+7)", VN));
    }

    // ---- dates in URLs ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "https://example.vn/2025/11/25/bao-so-13-do-bo.html",
            "https://example.vn/tin/2025/11/25/",
            "https://example.vn/2025-11-25/bao-so-13",
            "https://example.vn/thoi-su/bao-so-13-do-bo-20251125.html",
            "https://example.vn/thoi-su/bao-so-13-do-bo-20251125143000123.htm",
            "https://example.vn/thoi-su/bao_20251125_x.html",
            "https://example.vn/news/20251125/bao-so-13",
            "https://example.vn/2025/11/25",
    })
    void findsTheDateInTheUrl(String url) {
        assertEquals(Optional.of(Instant.parse("2025-11-24T17:00:00Z")), PublicationDates.fromUrl(url, VN), "midnight in Vietnam");
        assertEquals(Optional.of(Instant.parse("2025-11-25T00:00:00Z")), PublicationDates.fromUrl(url, ZoneOffset.UTC), "midnight UTC");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "https://example.vn/thoi-su/bao-so-13-post123456.html",
            "https://example.vn/2025/11/bao-so-13.html",
            "https://example.vn/2025/13/45/bao.html",
            "https://example.vn/bao-20251345.html",
            "https://example.vn/1999/11/25/bao.html",
            "https://example.vn/",
            "https://example.vn/san-pham-12345678.html",
    })
    void findsNoDateWhereThereIsNone(String url) {
        assertEquals(Optional.empty(), PublicationDates.fromUrl(url, VN), url);
    }
}
