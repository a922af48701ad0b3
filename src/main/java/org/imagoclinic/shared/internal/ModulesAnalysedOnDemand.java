package org.imagoclinic.shared.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Keeps Spring Modulith's runtime from analysing the application's classes at every start when the
 * build has already described the modules (ADR 0022).
 *
 * <p>The runtime starts that analysis (ArchUnit over every class, a third of the start-up CPU on two
 * cores) as soon as its bootstrap bean exists, even when everything that needs the modules reads the
 * build's description instead: the module-ordered Flyway migrations and the {@code modulith} actuator
 * endpoint. With the description on the class path the bootstrap and the runtime bean are made lazy,
 * so the analysis runs only if something asks for the modules themselves. Without it (a run that
 * skipped the build step) nothing changes.
 */
@Component
final class ModulesAnalysedOnDemand implements BeanFactoryPostProcessor {

    static final String DESCRIPTION = "META-INF/spring-modulith/application-modules.json";

    /** Spring Modulith's runtime auto-configuration names these beans after their factory methods. */
    static final String[] ANALYSING_BEANS = {"applicationModulesInitializer", "modulesRuntime"};

    private static final Logger LOG = LoggerFactory.getLogger(ModulesAnalysedOnDemand.class);

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!new ClassPathResource(DESCRIPTION, beanFactory.getBeanClassLoader()).exists()) {
            LOG.info("No {} on the class path: Spring Modulith analyses the classes at start", DESCRIPTION);
            return;
        }
        for (String name : ANALYSING_BEANS) {
            if (beanFactory.containsBeanDefinition(name)) {
                beanFactory.getBeanDefinition(name).setLazyInit(true);
            } else {
                LOG.warn("Spring Modulith's runtime has no bean {} any more: check ADR 0022 after the upgrade", name);
            }
        }
    }
}
