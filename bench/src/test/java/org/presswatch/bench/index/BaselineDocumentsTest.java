package org.presswatch.bench.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.presswatch.index.TestArticles.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.testing.Randomness;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.index.text.ArticleFields;

/** The plain-Lucene documents make the same index as the product's index, term for term, position for position. */
class BaselineDocumentsTest {
    private static final String[] PIECES = {
        "Trường Sa", "Đà Nẵng", "đồng bào", "ngư dân", "Biển Đông", "survey ship", "U.S.", "Hoàng Sa's", "越南渔民", "西沙群岛",
        "รัฐบาลไทย", "2025", "3,5", " ", "  ", "\n", ", ", ". ", "!", "—", "e-mail", "COVID-19", "Ｆｕｌｌ", "ǅ", "ß"
    };

    @Test
    void writesTheSameTermsPositionsAndOffsets(@TempDir Path dir) {
        Randomness.run("writesTheSameTermsPositionsAndOffsets", random -> {
            List<AnalyzedArticle> articles = new ArrayList<>();
            articles.add(article("ly-son").title("Tàu cá Lý Sơn về bến").text("Ngư dân Quảng Ngãi\n\nđánh bắt gần Hoàng Sa.")
                    .province("51", 0.8).topic("sovereignty", 0.9).risk(0.4).build());
            articles.add(article("title-only").title("Đà Nẵng").text("").build());
            for (int i = 0; i < 40; i++) {
                // Latin words at the join: ICU segments by script run and gives digits the script of the run they follow, so in
                // the one string of the bare side's combined fields, digits opening the text would join a Chinese or Thai title's
                // last run, or a Latin one where the text alone has none to follow (the product segments title and text apart)
                articles.add(article("random-" + i).title(random(random, 6) + " tin").text("Tin " + random(random, 80))
                        .language(i % 2 == 0 ? "vi" : "en").province("48", random.nextDouble()).topic("religion", random.nextDouble())
                        .risk(random.nextDouble()).build());
            }
            Path ours = dir.resolve("ours");
            Path plain = dir.resolve("plain");
            try (LuceneArticleIndex product = new LuceneArticleIndex(ours, Duration.ofSeconds(1))) {
                for (AnalyzedArticle a : articles) {
                    product.upsert(a);
                }
            }
            try (Analyzer baseline = BaselineDocuments.analyzer(); FSDirectory plainDir = FSDirectory.open(plain);
                 IndexWriter plainWriter = new IndexWriter(plainDir, new IndexWriterConfig(baseline))) {
                for (AnalyzedArticle a : articles) {
                    plainWriter.addDocument(BaselineDocuments.of(a));
                }
            }
            assertEquals(postings(ours), postings(plain));
        });
    }

    private static String random(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
        }
        return text.toString();
    }

    /** Every field's every term with, per document, its positions and offsets. */
    private static Map<String, List<String>> postings(Path index) throws IOException {
        Map<String, List<String>> all = new TreeMap<>();
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
                Terms terms = MultiTerms.getTerms(reader, field.name);
                if (terms == null) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    StringBuilder line = new StringBuilder(term.utf8ToString());
                    PostingsEnum docs = each.postings(null, PostingsEnum.ALL);
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        line.append(" | ").append(doc).append(':');
                        for (int i = 0; i < docs.freq(); i++) {
                            line.append(' ').append(docs.nextPosition()).append('@').append(docs.startOffset()).append('-').append(docs.endOffset());
                        }
                    }
                    lines.add(line.toString());
                }
                all.put(field.name + (field.name.equals(ArticleFields.TEXT) ? " (with offsets)" : ""), lines);
            }
        }
        return all;
    }
}
