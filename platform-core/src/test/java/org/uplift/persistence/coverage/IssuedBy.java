package org.uplift.persistence.coverage;

import java.lang.StackWalker.Option;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Tells a test's own MongoDB calls (a {@code MongoTemplate} used to arrange or assert) from the platform's: the
 * innermost platform class on the calling thread's stack, past the tenancy wrapper, decides. The driver runs the
 * listener on the thread that sends the command.
 */
final class IssuedBy {

    private static final StackWalker STACK = StackWalker.getInstance(Option.RETAIN_CLASS_REFERENCE);
    private static final String PLATFORM = "org.uplift.";
    private static final String WRAPPER = "org.uplift.tenancy.internal.";

    private IssuedBy() {
    }

    static boolean test() {
        Optional<Class<?>> caller = STACK.walk(frames -> frames.<Class<?>>map(StackWalker.StackFrame::getDeclaringClass)
                .filter(type -> type.getName().startsWith(PLATFORM) && !type.getName().startsWith(WRAPPER)
                        && type.getPackage() != IssuedBy.class.getPackage() && !location(type).isEmpty())
                .findFirst());
        return caller.map(IssuedBy::isTestCode).orElse(false);
    }

    private static boolean isTestCode(Class<?> type) {
        String location = location(type);
        return location.contains("/test-classes/") || location.endsWith("-tests.jar");
    }

    /** Where the class was loaded from; empty for generated ones (a repository's JDK proxy lives in its package). */
    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? "" : source.getLocation().getPath();
    }
}
