package org.imagoclinic.shared.internal;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's own refusals of requests to the API as problem details rather than its HTML error page
 * ({@link ApiErrorReportValve}).
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorPages {

    /** Replaces the host's error report valve once Spring Boot has added its own. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReport() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    StandardHost host = (StandardHost) context.getParent();
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                    host.getPipeline().addValve(new ApiErrorReportValve());
                });
            }
        };
    }
}
