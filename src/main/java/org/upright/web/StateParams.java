package org.upright.web;

import io.javalin.http.Context;
import java.util.List;
import org.upright.common.StateCode;
import org.upright.i18n.Ui;
import org.upright.state.State;
import org.upright.state.StateDirectory;
import org.upright.state.StateLookup;

/** Reads parameters that name states, by code or by any known name; an unknown one is a {@link BadRequest}. */
public final class StateParams {

    private StateParams() {
    }

    /** The one state named by the parameter, or null when it is missing. */
    public static StateCode one(Context ctx, String name, StateLookup states) {
        return Params.text(ctx, name).map(value -> states.find(value).map(State::code).orElseThrow(() ->
                new BadRequest(Ui.text("search.problem.unknown_states", name, value)))).orElse(null);
    }

    /** Every state named by the parameter, which may be repeated and may list several (comma-separated). */
    public static List<StateCode> all(Context ctx, String name, StateLookup states) {
        StateDirectory.Resolution found = states.findAll(ctx.queryParams(name));
        if (!found.unknown().isEmpty()) {
            throw new BadRequest(Ui.text("search.problem.unknown_states", name, String.join("', '", found.unknown())));
        }
        return found.states().stream().map(State::code).toList();
    }
}
