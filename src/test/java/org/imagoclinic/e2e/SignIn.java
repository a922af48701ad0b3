package org.imagoclinic.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.imagoclinic.support.ClinicIntegrationTest;

/** Signs in through the real sign-in page. */
public final class SignIn {

    private SignIn() {
    }

    public static void as(Page page, String username) {
        as(page, username, ClinicIntegrationTest.DEMO_PASSWORD);
    }

    static void as(Page page, String username, String password) {
        page.navigate("/login");
        // the sign-in form is a web component: a click before it is ready submits nothing
        Browser.waitForVaadin(page);
        Accessibility.checkIfWatched(page);
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
