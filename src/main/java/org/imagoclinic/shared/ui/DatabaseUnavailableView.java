package org.imagoclinic.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import org.imagoclinic.shared.DatabaseOutage;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Shown instead of a page that could not be opened because the database is out of reach (every
 * page's service opens a transaction first, which is where it fails); reloading works once it is back.
 */
class DatabaseUnavailableView extends Div implements HasErrorParameter<CannotCreateTransactionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        removeAll();
        setId("database-unavailable");
        add(new H2("The database can't be reached"), new Paragraph(DatabaseOutage.MESSAGE));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
