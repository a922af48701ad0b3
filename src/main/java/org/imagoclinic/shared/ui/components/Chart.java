package org.imagoclinic.shared.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart (Apache-2.0). Give it an ECharts option as a map of maps and lists,
 * exactly as ECharts documents it; it is sent to the browser as JSON. Rendered as SVG.
 */
@Tag("imago-chart")
@NpmPackage(value = "echarts", version = "6.0.0")
@JsModule("./components/imago-chart.ts")
public class Chart extends Component implements HasSize {

    private Map<String, Object> option = Map.of();

    public Chart() {
        setWidthFull();
        setHeight("320px");
    }

    /** Replaces what the chart shows. */
    public void setOption(Map<String, Object> option) {
        this.option = Map.copyOf(option);
        getElement().setProperty("option", JsonMapper.shared().writeValueAsString(option));
    }

    /** What the chart shows now: the series and their data, for tests and for "show the numbers". */
    public Map<String, Object> getOption() {
        return option;
    }
}
