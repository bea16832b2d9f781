package dev.nonlinear.display;

import java.util.List;
import java.util.Map;

/**
 * One message on a {@link Comm}: its {@code data} (a JSON object as Java values: {@code Map},
 * {@code List}, {@code String}, {@code Long} for whole numbers, {@code Double}, {@code Boolean},
 * null), its {@code metadata}, and binary {@code buffers} that travel beside the JSON unencoded
 * (Jupyter's zero-copy frames: images, arrays).
 */
public record CommMessage(Map<String, Object> data, Map<String, Object> metadata, List<byte[]> buffers) {

    public CommMessage {
        data = data == null ? Map.of() : data;
        metadata = metadata == null ? Map.of() : metadata;
        buffers = buffers == null ? List.of() : List.copyOf(buffers);
    }

    /** A message with only data. */
    public static CommMessage of(Map<String, ?> data) {
        return new CommMessage(copy(data), Map.of(), List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, ?> data) {
        return data == null ? Map.of() : (Map<String, Object>) data;
    }
}
