package org.uplift.marketplace.catalogue;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The three analyses of catalogue text. Chinese has no spaces, so one analysis is not enough:
 * <ul>
 * <li>{@code cjk}: Han characters as overlapping bigrams <em>and</em> single characters at index time,
 * bigrams (a lone character as itself) at query time; Latin words lower-cased. So 质 and 质量 both find
 * 质量管理系统, and 质量管理 must appear as such (its bigrams 质量 量管 管理 all match). This carries recall.</li>
 * <li>{@code zh}: {@link SmartChineseAnalyzer}'s word segmentation (质量/管理/系统), used only to rank
 * whole-word matches higher.</li>
 * <li>{@code en}: {@link EnglishAnalyzer} (stop words, stemming), for English queries on the English texts.</li>
 * </ul>
 */
final class CatalogueAnalyzers {

    private CatalogueAnalyzers() {
    }

    static Analyzer cjk(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new CJKWidthFilter(source);
                result = new LowerCaseFilter(result);
                result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    static Analyzer smartChinese() {
        return new SmartChineseAnalyzer();
    }

    static Analyzer english() {
        return new EnglishAnalyzer();
    }
}
