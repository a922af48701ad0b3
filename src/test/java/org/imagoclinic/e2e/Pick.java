package org.imagoclinic.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Choosing in Vaadin's pickers the way a person does: open or type, then click the item. */
final class Pick {

    private Pick() {
    }

    /** A combo box found by its label: type part of the item, then click the suggestion. */
    static void combo(Page page, Locator scope, String label, String typed, String item) {
        Locator input = scope.locator("vaadin-combo-box").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText(label)))).locator("input");
        input.click();
        input.pressSequentially(typed);
        // only the suggestions on show: the overlay keeps hidden items from earlier filters
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item)).first().click();
    }

    /** A select (or anything opening a list box): open it, click the option with exactly this name. */
    static void select(Page page, Locator select, String option) {
        Locator openOptions = page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setVisible(true));
        // the list of the select chosen before may still be closing
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(openOptions).hasCount(0);
        select.click();
        // only the open list: closed selects keep their items in the page
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true)).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(openOptions).hasCount(0);
    }

    /**
     * A date picker found by its label gets this day. Set as the picker's ISO value rather than typed:
     * what the field accepts as typed text depends on the browser's and the field's locale (see the
     * report of the journeys), the day it holds does not.
     */
    static void date(Page page, Locator scope, String label, java.time.LocalDate day) {
        Locator picker = scope.locator("vaadin-date-picker").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText(label))));
        picker.evaluate("(picker, day) => { picker.value = day; }", day.toString());
        Browser.waitForVaadin(page);
    }

    static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    static Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name));
    }
}
