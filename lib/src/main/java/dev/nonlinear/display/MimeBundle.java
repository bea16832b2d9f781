package dev.nonlinear.display;

import java.util.Map;

/**
 * Something that decides for itself what it shows as: a map from MIME type to data, as in a
 * display_data message ({@code "text/plain"} → a String, {@code "image/png"} → base64 text, a JSON
 * type → a Map). Widgets are the example: a view of a live model where a widget front end listens,
 * text and a picture where none does.
 */
public interface MimeBundle {
    Map<String, Object> mimeBundle();
}
