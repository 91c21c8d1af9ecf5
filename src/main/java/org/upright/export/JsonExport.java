package org.upright.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import org.upright.recommendation.Label;
import org.upright.recommendation.Provenance;
import org.upright.state.StateRef;

/** One JSON array of recommendations, written object by object; field names as in the JSON API. */
final class JsonExport implements ExportWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator json;

    JsonExport(OutputStream out) throws IOException {
        json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.writeStartArray();
    }

    @Override
    public void write(ExportRow r) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", r.id());
        json.writeStringField("paragraph", r.paragraph());
        json.writeStringField("text", r.text());
        json.writeFieldName("state_under_review");
        state(r.stateUnderReview());
        json.writeNumberField("session", r.session());
        json.writeNumberField("cycle", r.cycle());
        json.writeFieldName("year");
        number(r.year());
        json.writeArrayFieldStart("recommending_states");
        for (StateRef s : r.recommendingStates()) state(s);
        json.writeEndArray();
        json.writeStringField("response", r.responseLabel());
        json.writeBooleanField("response_final", r.responseFinal());
        json.writeBooleanField("pledge", r.pledge());
        json.writeFieldName("action_category");
        number(r.actionCategory());
        json.writeArrayFieldStart("labels");
        for (Label l : r.labels()) label(l);
        json.writeEndArray();
        json.writeArrayFieldStart("provenance");
        for (Provenance p : r.provenance()) source(p);
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.flush();
    }

    private void state(StateRef s) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", s.code());
        json.writeStringField("name", s.name());
        json.writeEndObject();
    }

    private void label(Label l) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", ExportRow.lower(l.kind()));
        json.writeStringField("value", l.value());
        json.writeStringField("origin", ExportRow.lower(l.origin()));
        json.writeEndObject();
    }

    private void source(Provenance p) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", p.file());
        json.writeNumberField("line", p.line());
        json.writeStringField("format", p.format());
        json.writeStringField("imported_at", p.importedAt());
        json.writeStringField("paragraph", p.paragraph());
        json.writeStringField("response", p.rawResponse());
        json.writeEndObject();
    }

    private void number(Integer n) throws IOException {
        if (n == null) json.writeNull();
        else json.writeNumber(n);
    }
}
