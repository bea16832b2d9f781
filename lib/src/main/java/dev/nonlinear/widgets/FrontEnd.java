package dev.nonlinear.widgets;

/**
 * The widget front ends the kit speaks to. They draw the same controls but name their JavaScript
 * modules differently and wrap the state in different messages, so a widget must know which one
 * is listening before it opens its comm ({@link FrontEnds} finds out).
 *
 * <table>
 *   <caption>What differs</caption>
 *   <tr><th></th><th>model module</th><th>comm_open data</th><th>updates from the browser</th></tr>
 *   <tr><td>{@link #JUPYTER_JS_WIDGETS_2}</td><td>{@code jupyter-js-widgets ~2.1.4}</td>
 *       <td>the state itself</td><td>{@code backbone} + {@code sync_data}</td></tr>
 *   <tr><td>{@link #IPYWIDGETS_7}</td><td>{@code @jupyter-widgets/controls 1.5.0}</td>
 *       <td>{@code {state, buffer_paths}}, protocol 2.0.0</td><td>{@code update} + {@code state}</td></tr>
 *   <tr><td>{@link #IPYWIDGETS_8}</td><td>{@code @jupyter-widgets/controls 2.0.0}</td>
 *       <td>{@code {state, buffer_paths}}, protocol 2.1.0</td><td>{@code update}, echoed back</td></tr>
 * </table>
 */
public enum FrontEnd {
    /** Debian 12's classic Notebook 6.4 with jupyter-js-widgets 2.1 (the protocol of ipywidgets 6). */
    JUPYTER_JS_WIDGETS_2("jupyter-js-widgets 2.1 (ipywidgets 6 protocol)",
            "jupyter-js-widgets", "~2.1.4", "jupyter-js-widgets", "~2.1.4", null),
    /** JupyterLab 1–3 and Notebook 5–6 with ipywidgets 7. */
    IPYWIDGETS_7("ipywidgets 7 (protocol 2.0.0)",
            "@jupyter-widgets/controls", "1.5.0", "@jupyter-widgets/base", "1.2.0", "2.0.0"),
    /** JupyterLab 3–4 and Notebook 7 with ipywidgets 8. */
    IPYWIDGETS_8("ipywidgets 8 (protocol 2.1.0)",
            "@jupyter-widgets/controls", "2.0.0", "@jupyter-widgets/base", "2.0.0", "2.1.0"),
    /** No widget front end (nbconvert, the grader, IJava): widgets show as text and a picture. */
    STATIC("no widget front end (text and a static picture)", null, null, null, null, null);

    private final String description;
    private final String controlsModule;
    private final String controlsVersion;
    private final String baseModule;
    private final String baseVersion;
    private final String protocolVersion;

    FrontEnd(String description, String controlsModule, String controlsVersion,
             String baseModule, String baseVersion, String protocolVersion) {
        this.description = description;
        this.controlsModule = controlsModule;
        this.controlsVersion = controlsVersion;
        this.baseModule = baseModule;
        this.baseVersion = baseVersion;
        this.protocolVersion = protocolVersion;
    }

    /** True when widgets open comms to this front end; false for {@link #STATIC}. */
    public boolean isLive() {
        return this != STATIC;
    }

    /** The JavaScript module of the controls (sliders, buttons, boxes). */
    public String controlsModule() {
        return controlsModule;
    }

    public String controlsVersion() {
        return controlsVersion;
    }

    /** The JavaScript module of the base models (Layout); the same as the controls' in 2.1. */
    public String baseModule() {
        return baseModule;
    }

    public String baseVersion() {
        return baseVersion;
    }

    /** The widget message protocol's version sent in comm_open metadata; null for 2.1, which has none. */
    public String protocolVersion() {
        return protocolVersion;
    }

    /** True for ipywidgets 8, which expects every update from the browser echoed back. */
    public boolean echoesUpdates() {
        return this == IPYWIDGETS_8;
    }

    /** Parses a setting such as {@code "2"}, {@code "7"}, {@code "8"}, {@code "static"} or an enum name. */
    public static FrontEnd parse(String setting) {
        String s = setting.trim().toLowerCase(java.util.Locale.ROOT);
        switch (s) {
            case "2": case "6": case "jupyter-js-widgets": case "jupyter_js_widgets_2": return JUPYTER_JS_WIDGETS_2;
            case "7": case "ipywidgets7": case "ipywidgets_7": return IPYWIDGETS_7;
            case "8": case "ipywidgets8": case "ipywidgets_8": return IPYWIDGETS_8;
            case "static": case "none": case "off": return STATIC;
            default:
                throw new IllegalArgumentException("unknown widget front end '" + setting
                        + "': expected 2 (jupyter-js-widgets 2.1), 7 (ipywidgets 7), 8 (ipywidgets 8) or static");
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
