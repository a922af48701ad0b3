package org.imagoclinic.shared.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

/** The page around every view: the browser tab's title and the product's icon. */
@Meta(name = "application-name", content = "Imago Clinic")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class ClinicAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Imago Clinic");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        settings.addLink("apple-touch-icon", "icons/favicon.svg");
    }
}
