package org.imagoclinic.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import org.imagoclinic.shared.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanCreationException;

/**
 * A page whose view could not be built (Spring wraps what its constructor threw): when the cause
 * is the database being out of reach, say so in plain words (503) so that reloading later is the
 * obvious thing to do; otherwise a plain apology, with the details only in the server log.
 */
class PageNotOpenedView extends Div implements HasErrorParameter<BeanCreationException> {

    private static final Logger log = LoggerFactory.getLogger(PageNotOpenedView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<BeanCreationException> parameter) {
        removeAll();
        if (DatabaseOutage.explains(parameter.getException())) {
            setId("database-unavailable");
            add(new H2("The database can't be reached"), new Paragraph(DatabaseOutage.MESSAGE));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("A page could not be opened", parameter.getException());
        setId("page-not-opened");
        add(new H2("This page could not be opened"),
                new Paragraph("Something went wrong on our side; the details are in the server log."));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
