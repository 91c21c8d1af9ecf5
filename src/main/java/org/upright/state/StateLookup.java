package org.upright.state;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.upright.common.StateCode;

/**
 * Finds states the way people type them into a URL or a query: an ISO alpha-3 code in any case, or any
 * name or spelling the {@link StateDirectory} knows.
 */
public final class StateLookup {
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");

    private final StateDirectory directory;

    public StateLookup(StateDirectory directory) {
        this.directory = directory;
    }

    public Optional<State> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) return Optional.empty();
        String text = codeOrName.strip();
        if (CODE.matcher(text).matches()) {
            Optional<State> byCode = directory.byCode(StateCode.of(text.toUpperCase(Locale.ROOT)));
            if (byCode.isPresent()) return byCode;
        }
        return directory.resolve(text);
    }

    /**
     * Every state named in the values, each of which may be one code or name or a comma-separated list of
     * them, and the parts that name no state. A name holding a comma ("Korea, Republic of") stays whole.
     */
    public StateDirectory.Resolution findAll(List<String> values) {
        Set<State> states = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) continue;
            Optional<State> whole = find(value);
            if (whole.isPresent()) {
                states.add(whole.get());
                continue;
            }
            List<Optional<State>> parts = LIST_SEPARATOR.splitAsStream(value.strip()).map(this::find).toList();
            if (parts.stream().allMatch(Optional::isPresent)) {
                parts.forEach(part -> states.add(part.orElseThrow()));
            } else {
                StateDirectory.Resolution names = directory.resolveAll(value);
                states.addAll(names.states());
                unknown.addAll(names.unknown());
            }
        }
        return new StateDirectory.Resolution(List.copyOf(states), List.copyOf(unknown));
    }

    /** The state's code and name; the bare code stands in for the name of a code the directory does not hold. */
    public StateRef ref(StateCode code) {
        return directory.byCode(code).map(StateRef::of).orElseGet(() -> new StateRef(code.value(), code.value()));
    }

    public List<StateRef> refs(List<StateCode> codes) {
        return codes.stream().map(this::ref).toList();
    }

    public StateDirectory directory() {
        return directory;
    }
}
