package org.imagoclinic.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.shared.DatabaseContention;
import org.imagoclinic.shared.DatabaseOutage;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.CannotCreateTransactionException;

/** In the UI, a database out of reach is said in plain words, beside the action or instead of the page. */
@ClinicIntegrationTest
class DatabaseOutageUiTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anActionThatFailsOnTheDatabaseShowsANoticeInPlainWords() {
        TestAccounts.signIn(context, "frontdesk");
        navigate(HomeView.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction")));
        assertThat($(Notification.class).id("database-outage").getElement().getProperty("text", ""))
                .isEqualTo(DatabaseOutage.MESSAGE);
        assertThat(UI.getCurrent().getChildren()).isNotEmpty();
    }

    @Test
    void anActionThatLosesToOtherChangesAtTheSameMomentSaysTryAgainNotThatTheDatabaseIsDown() {
        TestAccounts.signIn(context, "frontdesk");
        navigate(HomeView.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new CannotAcquireLockException(
                "deadlock detected", new java.sql.SQLException("deadlock detected", "40P01"))));
        assertThat($(Notification.class).id("database-contention").getElement().getProperty("text", ""))
                .isEqualTo(DatabaseContention.MESSAGE);
        assertThat($(Notification.class).withId("database-outage").exists()).isFalse();
    }

    @Test
    void aPageThatCannotBeBuiltForLackOfTheDatabaseSaysSoWith503AndOtherFailuresApologise() {
        PageNotOpenedView view = new PageNotOpenedView();
        BeanCreationException outage = new BeanCreationException("couplesView", "Constructor threw exception",
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction"));
        int status = view.setErrorParameter(Mockito.mock(BeforeEnterEvent.class), new ErrorParameter<>(BeanCreationException.class, outage));
        assertThat(status).isEqualTo(503);
        assertThat(view.getElement().getTextRecursively()).contains("can't be reached").contains("Nothing was saved");

        int other = view.setErrorParameter(Mockito.mock(BeforeEnterEvent.class), new ErrorParameter<>(
                BeanCreationException.class, new BeanCreationException("couplesView", "a bug")));
        assertThat(other).isEqualTo(500);
        assertThat(view.getElement().getTextRecursively()).contains("could not be opened").doesNotContain("a bug");
    }
}
