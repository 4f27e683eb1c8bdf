package org.pdbot.app;

import java.util.function.BiConsumer;

/**
 * Binds the beans the routes call, each under the name of its class ({@code OutboxSender} as
 * {@code outboxSender}), so a route's {@code ref:} says which class runs. The routes in {@code routes/} are the only
 * callers; {@link Bot#start} builds the beans and hands them here.
 */
final class Wiring {

    private final BiConsumer<String, Object> registry;

    Wiring(BiConsumer<String, Object> registry) {
        this.registry = registry;
    }

    /** The name a bean of this class is bound under: its simple name, first letter lower case. */
    static String nameOf(Class<?> type) {
        String name = type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    void bind(Object... beans) {
        for (Object bean : beans) {
            registry.accept(nameOf(bean.getClass()), bean);
        }
    }
}
