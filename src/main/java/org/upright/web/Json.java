package org.upright.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.json.JavalinJackson;

/** The API's JSON: snake_case names from the records' components, nulls written out so every field is always there. */
public final class Json {
    private Json() {
    }

    public static JavalinJackson mapper() {
        ObjectMapper mapper = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        return new JavalinJackson(mapper, false);
    }
}
