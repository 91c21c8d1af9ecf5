package org.upright.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.upright.common.StateCode;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.LabelOrigin;
import org.upright.recommendation.Recommendation;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/** The mapper: a recommendation (or pledge) becomes one document with every field {@link IndexFields} names. */
final class RecommendationDocuments {
    private final StateDirectory states;
    private final IntUnaryOperator yearOfSession;
    private final ThemeNames themes = ThemeNames.load();

    RecommendationDocuments(StateDirectory states, IntUnaryOperator yearOfSession) {
        this.states = states;
        this.yearOfSession = yearOfSession;
    }

    Document toDocument(Recommendation r) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, Long.toString(r.id().value()), Field.Store.NO));
        doc.add(new StoredField(IndexFields.ID, r.id().value()));
        doc.add(new NumericDocValuesField(IndexFields.ID, r.id().value()));
        doc.add(new Field(IndexFields.TEXT, r.text() == null ? "" : r.text(), IndexFields.TEXT_TYPE));
        doc.add(new NumericDocValuesField(IndexFields.ORDER_SESSION, r.session()));
        doc.add(new SortedDocValuesField(IndexFields.ORDER_STATE, new BytesRef(sortName(r.stateUnderReview()))));

        facet(doc, Facet.SUR, r.stateUnderReview().value());
        facet(doc, Facet.SUR_GROUP, group(r.stateUnderReview()));
        Set<String> groups = new LinkedHashSet<>();
        for (StateCode rs : r.recommendingStates()) {
            facet(doc, Facet.RS, rs.value());
            groups.add(group(rs));
        }
        groups.forEach(g -> facet(doc, Facet.RS_GROUP, g));
        facet(doc, Facet.CYCLE, Integer.toString(r.cycle()));
        facet(doc, Facet.SESSION, Integer.toString(r.session()));
        facet(doc, Facet.YEAR, Integer.toString(yearOfSession.applyAsInt(r.session())));
        // a record without a response yet counts too, so the response facet's counts add up to the total
        facet(doc, Facet.RESPONSE, r.response() == null ? IndexFields.NO_RESPONSE : r.response().label());
        if (r.actionCategory() != null) facet(doc, Facet.CATEGORY, Integer.toString(r.actionCategory()));
        facet(doc, Facet.KIND, r.pledge() ? IndexFields.KIND_PLEDGE : IndexFields.KIND_RECOMMENDATION);
        labels(doc, r.labels().stream().map(this::oneName).toList());
        return doc;
    }

    /**
     * Labels are stored whole with their origin. The label facets and {@code issue:} clauses take labels of every
     * origin — machine suggestions are how records that came without labels take part in facets — and the
     * {@code origin} facet tells which origins a record's labels have, so a search can keep to the labels sources
     * and people gave ({@code origin:source}) or look at suggestions only ({@code origin:machine}). A value given
     * twice counts once.
     */
    /** A theme under its one name ({@link ThemeNames}); other labels as given. */
    private Label oneName(Label label) {
        if (label.kind() != LabelKind.THEME) return label;
        return new Label(label.kind(), themes.name(label.value()), label.origin(), label.confidence(), label.modelVersion());
    }

    private static void labels(Document doc, List<Label> labels) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> origins = new LinkedHashSet<>();
        for (Label label : labels) {
            doc.add(new StoredField(IndexFields.LABEL, label.kind().name() + "\t" + label.value() + "\t" + label.origin().name()));
            origins.add(originValue(label.origin()));
            if (seen.add(label.kind() + "\t" + label.value())) facet(doc, facetOf(label.kind()), label.value());
        }
        origins.forEach(o -> facet(doc, Facet.ORIGIN, o));
    }

    /** The value of the origin facet: the origin's name in lower case ("source", "machine", "person"). */
    static String originValue(LabelOrigin origin) {
        return origin.name().toLowerCase(Locale.ROOT);
    }

    static Facet facetOf(LabelKind kind) {
        return switch (kind) {
            case ISSUE -> Facet.ISSUE;
            case THEME -> Facet.THEME;
            case GROUP -> Facet.GROUP;
            case SDG -> Facet.SDG;
            case SDG_TARGET -> Facet.TARGET;
        };
    }

    private static void facet(Document doc, Facet facet, String value) {
        String field = IndexFields.of(facet);
        doc.add(new StringField(field, value, IndexFields.stored(facet) ? Field.Store.YES : Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private String group(StateCode code) {
        return states.byCode(code).map(s -> s.group().label()).orElse("Unknown");
    }

    private String sortName(StateCode code) {
        return sortKey(states.byCode(code).map(State::name).orElse(code.value()));
    }

    /** Lower case without diacritics, so "Côte d'Ivoire" sorts among the Cs. */
    static String sortKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT);
    }
}
