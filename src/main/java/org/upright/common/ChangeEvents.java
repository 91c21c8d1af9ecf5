package org.upright.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The in-process bus on which services announce changes after they are committed; listeners react. */
public final class ChangeEvents {
    private record Listener<T>(Class<T> type, Consumer<? super T> action) {
        void offer(Object event) {
            if (type.isInstance(event)) action.accept(type.cast(event));
        }
    }

    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();

    public <T> void subscribe(Class<T> type, Consumer<? super T> action) {
        listeners.add(new Listener<>(type, action));
    }

    public void publish(Object event) {
        for (Listener<?> listener : listeners) listener.offer(event);
    }
}
