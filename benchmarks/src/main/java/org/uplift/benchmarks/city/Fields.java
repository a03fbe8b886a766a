package org.uplift.benchmarks.city;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

/**
 * Builds the platform's entities the way its services would, without the services: through their own
 * (non-public) constructors, with the fields a repository insert would fill ({@code id}, {@code tenantId}) set
 * by reflection. The result is written by Spring Data's converter, so the stored documents are exactly what the
 * platform writes.
 */
final class Fields {

    private Fields() {
    }

    /** An entity made by its constructor with these parameter types. */
    static <T> T construct(Class<T> type, Class<?>[] parameterTypes, Object... arguments) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName(), e);
        }
    }

    /** An entity made by its no-argument constructor (the one Spring Data reads with). */
    static <T> T blank(Class<T> type) {
        return construct(type, new Class<?>[0]);
    }

    /** Sets a declared field (of the class or a superclass); returns the object. */
    static <T> T set(T target, String name, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return target;
            } catch (NoSuchFieldException next) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(target.getClass().getName() + " has no field " + name);
    }
}
