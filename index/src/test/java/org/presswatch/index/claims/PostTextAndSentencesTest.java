package org.presswatch.index.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostTextAndSentencesTest {
    @Test
    void linksGoTagsBecomeWordsAndTheSignatureLosesItsHandleAndDate() {
        assertEquals("How are butterflies surviving the Australian Fires ? Footage — Center for Bio Div",
                PostText.normalize("How are butterflies surviving the #AustralianFires? Footage pic.twitter.com/0eJtwJyS1J — Center for Bio Div "
                        + "(@CenterForBioDiv) January 14, 2020"));
        assertEquals("Joe Biden lives in NYC Police country", PostText.normalize("@JoeBiden lives in #NYCPolice country https://t.co/x1"));
        assertEquals("Tàu cá Quảng Ngãi", PostText.normalize("Tàu cá Quảng Ngãi"));
    }

    @Test
    void sentencesAreSplitAndTinyPiecesDropped() {
        assertEquals(List.of("Tàu cá bị xua đuổi ở Hoàng Sa.", "Bộ Ngoại giao phản đối mạnh mẽ!", "Ngư dân đã về bờ an toàn."),
                Sentences.of("Tàu cá bị xua đuổi ở Hoàng Sa. Bộ Ngoại giao phản đối mạnh mẽ!\nẢnh: TTXVN\n\nNgư dân đã về bờ an toàn."));
        assertEquals(3, Sentences.words("Trường Sa, 2026!"));
        assertEquals(List.of(), Sentences.of(""));
    }

    @Test
    void chineseSentencesCountTheirIdeographsAndAreKept() {
        assertEquals(8, Sentences.words("中国海警依法驱离。"));
        assertEquals(4, Sentences.words("UNCLOS 海警 1982"), "Latin words and numbers stay one word each");
        assertEquals(List.of("越南渔船非法进入西沙海域捕捞。", "中国海警依法驱离。"), Sentences.of("越南渔船非法进入西沙海域捕捞。中国海警依法驱离。"));
    }
}
