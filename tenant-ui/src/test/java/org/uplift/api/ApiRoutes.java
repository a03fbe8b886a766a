package org.uplift.api;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api/**} route the application serves, discovered from Spring MVC's handler mapping, so a
 * new endpoint joins the attack suite by existing.
 */
record ApiRoutes(List<Route> routes) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");

    /** One method on one path template, e.g. {@code PUT /api/v1/assessments/{id}/answers/{questionKey}}. */
    record Route(String method, String template, boolean multipart, Class<?> bodyType) {

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher m = VARIABLE.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        boolean takesBody() {
            return bodyType != null || multipart;
        }

        /** The path with each variable replaced, in order. */
        String path(List<String> values) {
            Matcher m = VARIABLE.matcher(template);
            StringBuilder path = new StringBuilder();
            int i = 0;
            while (m.find()) {
                m.appendReplacement(path, Matcher.quoteReplacement(values.get(i++)));
            }
            m.appendTail(path);
            return path.toString();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static ApiRoutes discover(ApplicationContext context) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<Route> routes = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String template : templates(info)) {
                if (!template.startsWith("/api/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method.name(), template, multipart(info), bodyType(handler)));
                }
            }
        });
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return new ApiRoutes(List.copyOf(routes));
    }

    private static List<String> templates(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null
                ? info.getPathPatternsCondition().getPatternValues().stream().toList()
                : info.getPatternValues().stream().toList();
    }

    private static boolean multipart(RequestMappingInfo info) {
        return info.getConsumesCondition().getConsumableMediaTypes().stream()
                .anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
    }

    private static Class<?> bodyType(HandlerMethod handler) {
        for (Parameter parameter : handler.getMethod().getParameters()) {
            if (parameter.isAnnotationPresent(RequestBody.class)) {
                return parameter.getType();
            }
        }
        return null;
    }
}
