package org.presswatch.analysis.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToneScorerTest {
    private static final ToneScorer TONE = ToneScorer.load();

    @Test
    void hostileAndFavourableTextsScoreOnTheirSide() {
        double hostile = TONE.score("Lên án hành động ngang ngược",
                "Bộ Ngoại giao lên án việc tàu nước ngoài đâm va, phun vòi rồng tàu cá, vi phạm nghiêm trọng chủ quyền.");
        double favourable = TONE.score("Hợp tác thành công", "Hai bên đánh giá cao sự hợp tác hiệu quả, tự hào về kết quả phát triển bền vững.");
        assertTrue(hostile < -0.5, "hostile: " + hostile);
        assertTrue(favourable > 0.5, "favourable: " + favourable);
        assertEquals(0.0, TONE.score("Lịch thi đấu vòng 5", "Trận đấu diễn ra lúc 18 giờ trên sân Hàng Đẫy."), "nothing to go on: neutral");
    }

    @Test
    void negationReversesWithinThreeWordsAndStopsAtASentenceEnd() {
        assertTrue(TONE.score("", "Cơ quan chức năng khẳng định không vi phạm quy định.") > 0, "không vi phạm is not hostile");
        assertTrue(TONE.score("", "The report found the detentions were not illegal.") > 0);
        assertTrue(TONE.score("", "Không. Vi phạm đã được ghi nhận.") < 0.1, "a sentence end is a wall for negation");
    }

    @Test
    void oneHostileWordInALongNeutralTextBarelyMovesTheTone() {
        String text = "Thành phố tổ chức hội chợ nông sản. ".repeat(20) + "Một gian hàng bị thiệt hại nhẹ do mưa.";
        double tone = TONE.score("Hội chợ nông sản", text);
        assertTrue(tone < 0 && tone > -0.3, "mildly negative, was " + tone);
    }

    @Test
    void toneStaysWithinBounds() {
        String rage = "lên án đàn áp xâm lược tấn công bạo lực ".repeat(200);
        assertTrue(TONE.score("", rage) >= -1.0);
        assertTrue(TONE.score("", "thành công tự hào thịnh vượng ".repeat(200)) <= 1.0);
    }
}
