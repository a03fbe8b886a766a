package org.uplift.security.internal;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.uplift.security.ProblemDetails;

/**
 * Requests Tomcat refuses before any servlet runs (an encoded slash or NUL in the path, a malformed
 * URI) get Tomcat's own error page. Under {@code /api} that page is a problem body like every other API
 * error; elsewhere Tomcat's page stays, without server details.
 */
@Component
class ContainerProblemPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ObjectProvider<ProblemDetails> problems;

    ContainerProblemPages(ObjectProvider<ProblemDetails> problems) {
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // The host adds a valve of this class at start unless one is already in its pipeline.
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve(problems));
            }
        });
    }

    static final class ProblemReportValve extends ErrorReportValve {

        private final ObjectProvider<ProblemDetails> problems;

        /** The host's fallback when it builds the valve itself: Tomcat's page, no server details. */
        public ProblemReportValve() {
            this(null);
        }

        ProblemReportValve(ObjectProvider<ProblemDetails> problems) {
            this.problems = problems;
            setShowServerInfo(false);
            setShowReport(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            ProblemDetails details = problems == null ? null : problems.getIfAvailable();
            String uri = request.getRequestURI();
            boolean api = uri != null && (uri.equals("/api") || uri.startsWith("/api/"));
            if (details == null || !api || response.getStatus() < 400 || response.getContentWritten() > 0) {
                super.report(request, response, throwable);
                return;
            }
            try {
                String body = details.json(request, HttpStatusCode.valueOf(response.getStatus()));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client went away or the response was committed meanwhile; nothing more to say.
            }
        }
    }
}
