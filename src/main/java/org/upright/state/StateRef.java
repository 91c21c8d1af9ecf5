package org.upright.state;

/** A state as pages and the API mention it: its code and its name (the state's page is at {@link #url()}). */
public record StateRef(String code, String name) {
    public static StateRef of(State state) {
        return new StateRef(state.code().value(), state.name());
    }

    public String url() {
        return "/states/" + code;
    }
}
