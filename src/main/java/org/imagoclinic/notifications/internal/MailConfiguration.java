package org.imagoclinic.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With {@code spring.mail.host} (e.g. {@code SPRING_MAIL_HOST}) Spring Boot's mail support sends to
 * that server; without it the application starts its own SMTP server and sends there (ADR 0033).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    LocalMailServer localMailServer() {
        LocalMailServer server = new LocalMailServer();
        server.start();
        return server;
    }

    @Bean
    JavaMailSenderImpl mailSender(LocalMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        log.info("No spring.mail.host: messages go to the application's own SMTP server on port {} (see the Outbox page)",
                server.port());
        return sender;
    }
}
