package org.uplift.marketplace.catalogue;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.ScenarioTarget;

/**
 * The Lucene index of the visible catalogue: one document per package (its latest published version),
 * kept near-real-time, so a search right after {@link #put} sees the change. Derived data only: MongoDB's
 * {@code catalogue_entries} is the truth, and {@link #rebuild} recreates the index from it.
 * <p>
 * Text is indexed three ways ({@link CatalogueAnalyzers}). A query with Han characters must match all its
 * CJK tokens (in the name or the text); a query without must match all its tokens either as CJK tokens or,
 * stemmed, in the English analysis. Word-segmented matches and name matches rank higher.
 */
final class CatalogueIndex implements Closeable {

    static final String ID = "id";
    static final String PROVIDER = "provider";
    static final String CATEGORY = "category";
    static final String DIMENSION = "dimension";
    static final String SCENARIO = "scenario";
    static final String DEPLOYMENT = "deployment";
    static final String ELIGIBLE = "eligible";
    static final String PRICE = "price";
    static final String RATING = "rating";
    static final String ID_SORT = "id_sort";
    static final String NAME = "name_";
    static final String TEXT = "text_";

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final float NAME_BOOST = 3f;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer cjkQuery = CatalogueAnalyzers.cjk(false);
    private final Analyzer zh = CatalogueAnalyzers.smartChinese();
    private final Analyzer en = CatalogueAnalyzers.english();
    private final Set<CostCategory> eligible;

    /** {@code eligible}: the cost categories that make a package subsidy-eligible. */
    CatalogueIndex(Directory directory, Set<CostCategory> eligible) {
        this.directory = directory;
        this.eligible = Set.copyOf(eligible);
        Analyzer perField = new PerFieldAnalyzerWrapper(CatalogueAnalyzers.cjk(true), Map.of(
                NAME + "zh", CatalogueAnalyzers.smartChinese(), TEXT + "zh", CatalogueAnalyzers.smartChinese(),
                NAME + "en", CatalogueAnalyzers.english(), TEXT + "en", CatalogueAnalyzers.english()));
        try {
            IndexWriterConfig config = new IndexWriterConfig(perField).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's package ids in order, and how many matched in all. */
    record Hits(List<String> packageIds, long total) {
    }

    /**
     * Adds or replaces the entry's document; an entry that is not visible is removed instead.
     *
     * @param extraText more words to index with it (the names of its scenarios and dimensions)
     */
    void put(CatalogueEntry entry, String extraText) {
        io(() -> {
            if (entry.isVisible()) {
                writer.updateDocument(new Term(ID, entry.getPackageId()), document(entry, extraText));
            } else {
                writer.deleteDocuments(new Term(ID, entry.getPackageId()));
            }
            searchers.maybeRefreshBlocking();
        });
    }

    void remove(String packageId) {
        io(() -> {
            writer.deleteDocuments(new Term(ID, packageId));
            searchers.maybeRefreshBlocking();
        });
    }

    /** Replaces the whole index with these entries (the visible ones), then commits. */
    void rebuild(Iterable<CatalogueEntry> entries, Function<CatalogueEntry, String> extraText) {
        io(() -> {
            writer.deleteAll();
            for (CatalogueEntry entry : entries) {
                if (entry.isVisible()) {
                    writer.addDocument(document(entry, extraText.apply(entry)));
                }
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    long size() {
        return call(() -> {
            IndexSearcher searcher = searchers.acquire();
            try {
                return (long) searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        });
    }

    /** The ids of the page's packages, in order, and how many matched in all. */
    Hits search(CatalogueQuery query) {
        Query lucene = query(query);
        Sort sort = sort(query.sort());
        int upTo = (query.page() + 1) * query.size();
        return call(() -> {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopFieldDocs top = searcher.search(lucene, upTo, sort, false);
                List<String> ids = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = query.page() * query.size(); i < docs.length; i++) {
                    ids.add(searcher.storedFields().document(docs[i].doc).get(ID));
                }
                return new Hits(ids, searcher.count(lucene));
            } finally {
                searchers.release(searcher);
            }
        });
    }

    Query query(CatalogueQuery q) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Query text = text(q.text());
        all.add(text, text instanceof MatchAllDocsQuery ? Occur.FILTER : Occur.MUST);
        if (!q.text().isEmpty()) {
            Query words = segmented(q.text());
            if (words != null) {
                all.add(words, Occur.SHOULD);
            }
        }
        if (q.category() != null) {
            all.add(new TermQuery(new Term(CATEGORY, q.category().name())), Occur.FILTER);
        }
        if (q.dimension() != null) {
            all.add(new TermQuery(new Term(DIMENSION, q.dimension())), Occur.FILTER);
        }
        if (q.scenario() != null) {
            all.add(new TermQuery(new Term(SCENARIO, q.scenario())), Occur.FILTER);
        }
        if (q.deployment() != null) {
            all.add(new TermQuery(new Term(DEPLOYMENT, q.deployment().name())), Occur.FILTER);
        }
        if (q.providerTenantId() != null) {
            all.add(new TermQuery(new Term(PROVIDER, q.providerTenantId())), Occur.FILTER);
        }
        if (q.subsidyEligible()) {
            all.add(new TermQuery(new Term(ELIGIBLE, "true")), Occur.FILTER);
        }
        if (q.minPriceFen() != null || q.maxPriceFen() != null) {
            all.add(LongPoint.newRangeQuery(PRICE, q.minPriceFen() == null ? Long.MIN_VALUE : q.minPriceFen(),
                    q.maxPriceFen() == null ? Long.MAX_VALUE : q.maxPriceFen()), Occur.FILTER);
        }
        if (q.minRating() != null && q.minRating().signum() > 0) {
            all.add(IntPoint.newRangeQuery(RATING, tenths(q.minRating()), Integer.MAX_VALUE), Occur.FILTER);
        }
        return all.build();
    }

    /** Every token must match; Han text only through the CJK analysis, Latin text through either. */
    private Query text(String text) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        Query cjk = allOf(tokens(cjkQuery, text), "cjk");
        if (HAN.matcher(text).find()) {
            return cjk == null ? new MatchNoDocsQuery() : cjk;
        }
        Query english = allOf(tokens(en, text), "en");
        BooleanQuery.Builder either = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        if (cjk != null) {
            either.add(cjk, Occur.SHOULD);
        }
        if (english != null) {
            either.add(english, Occur.SHOULD);
        }
        BooleanQuery built = either.build();
        return built.clauses().isEmpty() ? new MatchNoDocsQuery() : built;
    }

    private Query allOf(List<String> tokens, String analysis) {
        if (tokens.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String token : tokens) {
            all.add(inNameOrText(token, analysis), Occur.MUST);
        }
        return all.build();
    }

    /** Whole words as SmartCN segments them, for ranking only. */
    private Query segmented(String text) {
        List<String> words = tokens(zh, text);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        words.forEach(word -> any.add(inNameOrText(word, "zh"), Occur.SHOULD));
        return any.build();
    }

    private static Query inNameOrText(String token, String analysis) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(NAME + analysis, token)), NAME_BOOST), Occur.SHOULD)
                .add(new TermQuery(new Term(TEXT + analysis, token)), Occur.SHOULD)
                .build();
    }

    private static Sort sort(CatalogueSort sort) {
        SortField byId = new SortField(ID_SORT, SortField.Type.STRING);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
            case PRICE_ASC -> new Sort(new SortField(PRICE, SortField.Type.LONG), SortField.FIELD_SCORE, byId);
            case PRICE_DESC -> new Sort(new SortField(PRICE, SortField.Type.LONG, true), SortField.FIELD_SCORE, byId);
            case RATING -> new Sort(new SortField(RATING, SortField.Type.INT, true), SortField.FIELD_SCORE, byId);
        };
    }

    private Document document(CatalogueEntry entry, String extraText) {
        PackageContent c = entry.getContent();
        Document doc = new Document();
        doc.add(new StringField(ID, entry.getPackageId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID_SORT, new BytesRef(entry.getPackageId())));
        doc.add(new StringField(PROVIDER, entry.getProviderTenantId(), Field.Store.NO));
        if (c.category() != null) {
            doc.add(new StringField(CATEGORY, c.category().name(), Field.Store.NO));
        }
        c.dimensions().forEach(d -> doc.add(new StringField(DIMENSION, d, Field.Store.NO)));
        c.scenarios().stream().map(ScenarioTarget::scenarioKey)
                .forEach(s -> doc.add(new StringField(SCENARIO, s, Field.Store.NO)));
        c.deployments().stream().map(Deployment::name)
                .forEach(d -> doc.add(new StringField(DEPLOYMENT, d, Field.Store.NO)));
        doc.add(new StringField(ELIGIBLE, String.valueOf(c.costIn(eligible) > 0), Field.Store.NO));
        doc.add(new LongPoint(PRICE, c.priceFen()));
        doc.add(new NumericDocValuesField(PRICE, c.priceFen()));
        int rating = tenths(entry.getProviderRating());
        doc.add(new IntPoint(RATING, rating));
        doc.add(new NumericDocValuesField(RATING, rating));

        String names = join(c.nameZh(), c.nameEn());
        String text = join(c.summaryZh(), c.summaryEn(), c.descriptionZh(), c.descriptionEn(), c.priceCoversZh(),
                c.priceCoversEn(), entry.getProviderName(), c.category() == null ? null : c.category().zh(),
                c.category() == null ? null : c.category().en(), extraText,
                join(c.referenceCases().stream().map(r -> join(r.industry(), r.outcome())).toList()));
        for (String analysis : List.of("cjk", "zh", "en")) {
            doc.add(new TextField(NAME + analysis, names, Field.Store.NO));
            doc.add(new TextField(TEXT + analysis, text, Field.Store.NO));
        }
        return doc;
    }

    private static int tenths(BigDecimal rating) {
        return rating == null ? 0 : rating.movePointRight(1).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private static String join(String... parts) {
        return join(Arrays.asList(parts).stream().filter(p -> p != null && !p.isBlank()).toList());
    }

    private static String join(Collection<String> parts) {
        return String.join("\n", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.toString();
                if (!tokens.contains(token)) {
                    tokens.add(token);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private interface IoWork {
        void run() throws IOException;
    }

    private interface IoCall<T> {
        T call() throws IOException;
    }

    private static void io(IoWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T call(IoCall<T> work) {
        try {
            return work.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
